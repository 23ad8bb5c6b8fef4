// Positions are data: stepping the figure does not measure the DOM. The page's
// Element.prototype.getBoundingClientRect is wrapped with a counter of calls on
// the figure's elements (figure.stage and inside); calls made
// inside a ResizeObserver callback (the stage measuring its boxes after a
// layout change, when layout is already clean) are counted apart from the
// others (a forced layout, as framer-motion's layout projection did on every
// step). Ten steps with Details on (one event each) add none of the latter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countRects, launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

describe('figure positions', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('stepping ten times with Details on calls getBoundingClientRect on the figure outside a ResizeObserver callback zero times', async () => {
    const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.addInitScript(countRects);
    await page.goto(new URL('?scene=wsgi&lang=en', SITE_URL).href);
    await waitForServer(page);
    await page.waitForFunction(
      () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
    );
    await page.getByRole('switch', { name: 'Details' }).check();
    await page.waitForTimeout(500);
    const slider = page.locator('input.controls-timeline');
    const start = await page.evaluate(() => ({ ...window.__rects }));
    const perStep = [];
    for (let i = 0; i < 10; i++) {
      const value = await slider.inputValue();
      await page.getByRole('button', { name: 'Step forward' }).click();
      await page.waitForFunction(
        (v) => document.querySelector('input.controls-timeline').value !== v,
        value,
      );
      await page.waitForTimeout(400); // the travel animation plays out
      perStep.push(await page.evaluate(() => ({ ...window.__rects })));
    }
    const forced = perStep.map((c) => c.forced - start.forced);
    const observed = perStep.map((c) => c.observed - start.observed);
    console.log(
      `getBoundingClientRect after each step: forced ${forced}; in ResizeObserver ${observed}`,
    );
    assert.deepEqual(
      forced,
      Array(10).fill(0),
      'no DOM measurement outside ResizeObserver per step',
    );
    assert.deepEqual(page.errors, []);
  });
});
