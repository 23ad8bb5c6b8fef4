// A step is one idea that ends on a visible change: stepping through every
// beat of every scene, the figure after each Step forward differs from the
// one before it (compared as screenshots), and the caption and the code
// line agree after stepping forward and after stepping back to a beat.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, TRACE_SCENES, waitForServer } from './helpers.mjs';

const at = (query) => new URL(`?${query}`, SITE_URL).href;

/** The beat shown and whether its walk is over (the figure rests on the beat's end). */
const settled = () => {
  const n = document.querySelector('.narration');
  return n && n.dataset.beat !== undefined && !document.querySelector('[data-walking="true"]');
};

describe('beats', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('every Step forward ends on a figure different from the one before, in every scene', async () => {
    // Reduced motion: a beat jumps to its end, and nothing is mid-animation when the screenshot is taken.
    const page = await newPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const report = [];
    const failures = [];
    for (const scene of TRACE_SCENES) {
      await page.goto(at(`scene=${scene}&lang=en`));
      await waitForServer(page);
      await page.waitForFunction(
        () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
        null,
        { polling: 100, timeout: 15_000 },
      );
      const slider = page.getByRole('slider', { name: 'Timeline' });
      const beats = Number(await slider.getAttribute('max'));
      const counted = beats >= 10 && beats <= 30 ? '' : ' (10–30 expected)';
      const figure = page.locator('figure.stage');
      let before = await figure.screenshot();
      const same = [];
      for (let b = 1; b <= beats; b++) {
        await page.getByRole('button', { name: 'Step forward' }).click();
        await page.waitForFunction(
          (n) => document.querySelector('input.controls-timeline')?.value === String(n),
          b,
          { polling: 50, timeout: 5_000 },
        );
        await page.waitForFunction(settled, null, { polling: 50, timeout: 5_000 });
        const now = await figure.screenshot();
        if (now.equals(before)) same.push(b);
        before = now;
      }
      if (same.length > 0 || counted) failures.push(scene);
      report.push(
        `${scene}: ${beats} beats${counted}, unchanged after ${same.length ? same.join(', ') : 'none'}`,
      );
    }
    console.log(report.join('\n'));
    assert.deepEqual(failures, [], report.join('\n'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('the caption and the code line agree after stepping forward and after stepping back to the same beat', async () => {
    const page = await newPage(browser, { reducedMotion: 'reduce' });
    await page.goto(at('scene=wsgi&lang=en&step=0'));
    await waitForServer(page);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await page.waitForFunction(
      () => Number(document.querySelector('input.controls-timeline')?.max ?? 0) > 0,
      null,
      { polling: 100, timeout: 15_000 },
    );
    const read = async () => ({
      caption: await page.getByLabel('Narration').innerText(),
      line: await page
        .locator('.panel-code [aria-current]')
        .first()
        .textContent()
        .catch(() => null),
      value: await slider.inputValue(),
    });
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 4; i++) await forward.click();
    await page.waitForFunction(
      () => document.querySelector('input.controls-timeline')?.value === '4',
    );
    const there = await read();
    await forward.click();
    await page.waitForFunction(
      () => document.querySelector('input.controls-timeline')?.value === '5',
    );
    const next = await read();
    assert.notEqual(next.caption, there.caption);
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.waitForFunction(
      () => document.querySelector('input.controls-timeline')?.value === '4',
    );
    assert.deepEqual(await read(), there);
    // The link names the beat.
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('step') === '4',
      null,
      { timeout: 5_000 },
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
