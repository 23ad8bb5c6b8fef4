// The figure's shape: in a blog column (600, 680 and 760 px wide, frames from
// another site on the demo post) the whole embed fits 640 px of height and
// keeps one height through every beat of a scene; the path stays left to
// right. On a phone (390×844) the figure and its caption are on screen together.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, OTHER_SITE_URL, SITE_URL, waitForServer } from './helpers.mjs';

const SCENES = ['wsgi', 'prefork', 'middleware', 'event-loop'];
const COLUMNS = [600, 680, 760];
const MAX_HEIGHT = 640;
const PHONE = { width: 390, height: 844 };

const demoUrl = () =>
  new URL(`demo/blog-post.html?embedBase=${encodeURIComponent(OTHER_SITE_URL)}`, SITE_URL).href;

/** The slider's value once it differs from `before` (the step has been drawn). */
async function stepForward(frame, before) {
  await frame.getByRole('button', { name: 'Step forward' }).click();
  await frame.waitForFunction(
    (v) => document.querySelector('input.controls-timeline').value !== v,
    before,
    { polling: 20 },
  );
  // One more task for layout (ResizeObserver, the height report) to settle.
  await frame.evaluate(() => new Promise((r) => setTimeout(r, 10)));
  return frame.locator('input.controls-timeline').inputValue();
}

/** Back to the first beat (Restart is disabled when already there). */
async function toStart(frame) {
  await frame.waitForFunction(
    () => Number(document.querySelector('input.controls-timeline')?.max) > 0,
  );
  const restart = frame.getByRole('button', { name: 'Restart' });
  if (await restart.isEnabled()) await restart.click();
  await frame.waitForFunction(
    () => document.querySelector('input.controls-timeline').value === '0',
  );
}

async function frameFor(page, id) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = page.frames().find((f) => f.url().includes(`id=${id}`));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no embed frame with id=${id}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The frame's own height and the height the host page gave its iframe (once they agree). */
async function sized(page, frame, iframeId) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const inner = Math.ceil(
      await frame.evaluate(() => document.getElementById('root').getBoundingClientRect().height),
    );
    const outer = await page.evaluate((id) => document.getElementById(id).style.height, iframeId);
    if (outer === `${inner}px`) return inner;
    if (Date.now() > deadline) throw new Error(`${iframeId}: frame ${inner}px, iframe ${outer}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the figure in a blog column', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await newPage(browser, {
      viewport: { width: 1000, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(demoUrl());
  });
  after(async () => {
    await browser?.close();
  });

  for (const width of COLUMNS) {
    it(`fits 640 px and keeps its height through every beat in a ${width} px column`, async () => {
      const rows = [];
      for (const scene of SCENES) {
        const id = `fig-${scene}-${width}`;
        // A column of the post this wide, holding the snippet's iframe.
        await page.evaluate(
          ({ id, scene, width, base }) => {
            const column = document.createElement('div');
            column.style.width = `${width}px`;
            const frame = document.createElement('iframe');
            frame.id = id;
            frame.setAttribute('data-wsgi-explained', '');
            frame.src = new URL(`embed.html?scene=${scene}&lang=en&id=${id}`, base).href;
            frame.style.cssText = 'width:100%;border:0;display:block';
            frame.height = '640';
            column.append(frame);
            document.querySelector('main').append(column);
          },
          { id, scene, width, base: OTHER_SITE_URL },
        );
        const iframe = page.locator(`#${id}`);
        // Frames off screen get no animation frames (nor height reports).
        await iframe.scrollIntoViewIfNeeded();
        const frame = await frameFor(page, id);
        await waitForServer(frame);
        await frame.locator('figure.stage').waitFor();
        const slider = frame.locator('input.controls-timeline');
        await toStart(frame);
        const last = await slider.getAttribute('max');
        const heights = [await sized(page, frame, id)];
        let value = '0';
        while (value !== last) {
          value = await stepForward(frame, value);
          heights.push(await sized(page, frame, id));
        }
        // The path runs left to right: the first and the last station share a row.
        const tops = await frame.evaluate(() =>
          [...document.querySelectorAll('.stage-path > section')].map((s) =>
            Math.round(s.getBoundingClientRect().top),
          ),
        );
        rows.push({ scene, beats: heights.length, heights: [...new Set(heights)] });
        assert.ok(Number(last) >= 9, `${scene}: ${last} beats only`);
        assert.ok(tops.length >= 4, `${scene}: ${tops.length} stations`);
        assert.ok(
          Math.max(...heights) <= MAX_HEIGHT,
          `${scene} at ${width} px is ${Math.max(...heights)} px tall`,
        );
        assert.equal(
          new Set(heights).size,
          1,
          `${scene} at ${width} px changes height while stepping: ${heights.join(', ')}`,
        );
        assert.equal(new Set(tops).size, 1, `${scene} at ${width} px: stations stacked (${tops})`);
        await page.evaluate((id) => document.getElementById(id).parentElement.remove(), id);
      }
      console.log(`${width} px: ${rows.map((r) => `${r.scene} ${r.heights}`).join(', ')}`);
    });
  }
});

describe('the figure on a phone (390×844)', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  /** Figure and caption rectangles with the figure scrolled to the top of the screen. */
  const onScreen = (page) =>
    page.evaluate(() => {
      const figure = document.querySelector('figure.stage');
      figure.scrollIntoView({ block: 'start' });
      const f = figure.getBoundingClientRect();
      const c = document.querySelector('.narration').getBoundingClientRect();
      return { top: f.top, figure: f.bottom, caption: c.bottom, right: f.right };
    });

  for (const [where, path] of [
    ['the site', ''],
    ['an embed', 'embed.html'],
  ]) {
    it(`${where}: the figure and its caption are on screen together at every beat`, async () => {
      const page = await newPage(browser, { viewport: PHONE, reducedMotion: 'reduce' });
      for (const scene of SCENES) {
        await page.goto(new URL(`${path}?scene=${scene}&lang=en`, SITE_URL).href);
        await page.locator('figure.stage').waitFor();
        await page.locator('.narration').waitFor();
        await toStart(page);
        const last = await page.locator('input.controls-timeline').getAttribute('max');
        let value = '0';
        for (;;) {
          const r = await onScreen(page);
          const at = `${scene} at beat ${value}`;
          assert.ok(
            r.top > -1 && r.right <= PHONE.width,
            `${at}: figure off screen (${r.top}, ${r.right})`,
          );
          assert.ok(r.figure <= PHONE.height, `${at}: figure ends at ${r.figure}`);
          assert.ok(r.caption <= PHONE.height, `${at}: caption ends at ${r.caption}`);
          if (value === last) break;
          value = await stepForward(page, value);
        }
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});
