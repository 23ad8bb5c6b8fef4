// The load lab: a deep link runs the lab (in a Web Worker), autoplays, and
// the lanes' figures are real text; the CPU-bound experiment shows the GIL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL } from './helpers.mjs';

const lab = (query) => new URL(`?${query}`, SITE_URL).href;

/** "605 ms" → 605, "1.23 s" → 1230, "1,234 ms" → 1234; anything else → NaN. */
function toMs(text) {
  const m = /^([\d,.]+)\s*(ms|s)$/.exec(text.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1].replaceAll(',', ''));
  return m[2] === 's' ? n * 1000 : n;
}

const figure = (page, lane, key) =>
  page.locator(`[data-lane="${lane}"] tr[data-figure="${key}"] td`).innerText();

async function waitReady(page) {
  await page.waitForSelector('.lab-run-status[data-status="ready"]', { timeout: 60_000 });
}

/** Moves the lab's timeline slider to frame `n` (as a person dragging it would). */
async function seekFrame(page, n) {
  await page.locator('.lab .controls-timeline').evaluate((el, v) => {
    // Runs in the page: window's own constructors.
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value').set.call(
      el,
      String(v),
    );
    el.dispatchEvent(new window.Event('input', { bubbles: true }));
  }, n);
}

describe('load lab', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('runs from a deep link, autoplays, and shows each lane’s figures as text', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(lab('scene=load-lab&clients=200&seed=3&autoplay=1&lang=en'));
    await waitReady(page);
    assert.equal(await page.locator('.lab-lane').count(), 5);
    // Autoplay: the cursor moves on its own.
    await page.waitForFunction(
      () => Number(document.querySelector('.lab .controls-timeline')?.value) > 15,
      null,
      { timeout: 20_000 },
    );
    const completed = Number((await figure(page, 'prefork', 'completed')).replaceAll(',', ''));
    assert.ok(completed > 0, `prefork completed ${completed}`);
    const p50 = await figure(page, 'event', 'p50');
    assert.ok(Number.isFinite(toMs(p50)), `event p50 "${p50}"`);
    // Settings are in the address bar; the seed and clients came from the link.
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('clients'), '200');
    assert.equal(url.searchParams.get('seed'), '3');
    assert.equal(await page.locator('#lab-seed').inputValue(), '3');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('CPU-bound preset: the threads lane’s p95 is above the prefork lane’s (the GIL)', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(lab('scene=load-lab&clients=200&seed=3&lang=en'));
    await waitReady(page);
    await page.getByRole('button', { name: /CPU-bound: threads vs processes/ }).click();
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('mix') === '0.0.0.100.0.0',
      null,
      { timeout: 10_000 },
    );
    await waitReady(page);
    await seekFrame(page, 80);
    await page.waitForFunction(() =>
      document.querySelector('[data-lane="threads"] caption')?.textContent?.includes('8.0'),
    );
    const threads = toMs(await figure(page, 'threads', 'p95'));
    const prefork = toMs(await figure(page, 'prefork', 'p95'));
    assert.ok(
      threads > prefork,
      `threads p95 ${threads} ms should exceed prefork p95 ${prefork} ms`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('ignores invalid settings in the URL and never renders them', async () => {
    const page = await newPage(browser);
    await page.goto(
      lab(
        'scene=load-lab&lang=en&clients=%3Cimg%20src%3Dx%3E&mode=%3Cb%3Eopen%3C%2Fb%3E&faults=%3Cscript%3E.all.1',
      ),
    );
    await waitReady(page);
    const html = await page.content();
    assert.ok(
      !html.includes('<img src=x>') && !html.includes('<b>open</b>'),
      'input echoed as HTML',
    );
    assert.equal(new URL(page.url()).searchParams.get('clients'), '100');
    assert.equal(new URL(page.url()).searchParams.get('mode'), 'closed');
    assert.equal(await page.locator('.lab-faults-list').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('injecting a fault re-runs the lab at the cursor and keeps the cursor', async () => {
    const page = await newPage(browser);
    await page.goto(lab('scene=load-lab&seed=5&dur=10&lang=en'));
    await waitReady(page);
    await seekFrame(page, 30);
    await page.getByRole('button', { name: 'Worker crashes' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('faults'), null, {
      timeout: 10_000,
    });
    await waitReady(page);
    assert.match(new URL(page.url()).searchParams.get('faults') ?? '', /^crash-worker\.all\.3000$/);
    assert.equal(await page.locator('.lab .controls-timeline').inputValue(), '30');
    assert.equal(await page.locator('.lab-faults-list li').count(), 1);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('at 1440 px: five lanes side by side, charts grow with time, the status line follows', async () => {
    const page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(lab('scene=load-lab&seed=3&lang=en'));
    await waitReady(page);
    const status = () => page.locator('.lab-run-status').innerText();
    const windows = () =>
      page.$$eval('.lab-chart', (els) => els.map((el) => Number(el.getAttribute('data-windows'))));
    const p50Points = () =>
      page.$$eval('.lab-line-p50', (els) =>
        els.map((el) => (el.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length),
      );

    // Side by side: one row (tops within a few px), no overlap, inside the page.
    const boxes = await page.$$eval('.lab-lane', (els) =>
      els.map((el) => el.getBoundingClientRect().toJSON()),
    );
    assert.equal(boxes.length, 5);
    for (const b of boxes) {
      assert.ok(Math.abs(b.top - boxes[0].top) <= 4, `lane tops ${boxes.map((x) => x.top)}`);
      assert.ok(b.right <= 1440, `lane right ${b.right}`);
    }
    for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].left >= boxes[i - 1].right);
    // The charts line up across the lanes.
    const charts = await page.$$eval('.lab-chart', (els) =>
      els.map((el) => el.getBoundingClientRect().top),
    );
    for (const top of charts) assert.ok(Math.abs(top - charts[0]) <= 2, `chart tops ${charts}`);

    // Nothing played yet: empty charts on the whole run's axis, which marks where the load stops.
    assert.match(await status(), /^Ready/);
    assert.deepEqual(await windows(), [0, 0, 0, 0, 0]);
    assert.deepEqual(await p50Points(), [0, 0, 0, 0, 0]);
    assert.equal(await page.locator('.lab-chart-tick-stop').first().textContent(), '20 s');
    // "none" errors are not in the error colour.
    const colours = await page.$$eval('tr[data-figure="status"] td', (tds) =>
      tds.map((td) => [td.textContent, window.getComputedStyle(td).color]),
    );
    const err = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--err)';
      document.querySelector('.lab')?.append(probe);
      const c = window.getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    const clean = colours.filter(([text]) => text === 'none');
    assert.ok(clean.length > 0, `status cells ${JSON.stringify(colours)}`);
    for (const [, colour] of clean) assert.notEqual(colour, err);

    // Playing: the line says so, and the charts grow.
    await page.locator('.lab .controls-play').click();
    await page.waitForFunction(
      () => Number(document.querySelector('.lab .controls-timeline')?.value) > 35,
      null,
      { timeout: 20_000 },
    );
    assert.match(await status(), /^Playing: \d+\.\d s of 20 s/);
    await page.locator('.lab .controls-play').click();
    assert.match(await status(), /^Paused at \d+\.\d s/);
    const grown = await windows();
    for (const n of grown) assert.ok(n >= 3, `windows drawn ${grown}`);
    for (const n of await p50Points()) assert.ok(n > 0);
    // Scrubbing back shrinks them.
    await seekFrame(page, 12);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.lab-chart')].every(
        (el) => Number(el.getAttribute('data-windows')) <= 1,
      ),
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('on a phone the lanes stay stacked, inside the screen', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(lab('scene=load-lab&seed=3&lang=ko'));
    await waitReady(page);
    const boxes = await page.$$eval('.lab-lane', (els) =>
      els.map((el) => el.getBoundingClientRect().toJSON()),
    );
    for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].top >= boxes[i - 1].bottom);
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= 390, `lane ${b.left}–${b.right}`);
    // Mid-run the figures are at their longest ("55.8 MiB · 프로세스 26개"): none leaves its table.
    await seekFrame(page, 60);
    await page.waitForFunction(() =>
      document.querySelector('[data-lane="fork"] caption')?.textContent?.includes('6.0'),
    );
    const overflow = await page.$$eval('.lab-figures', (tables) =>
      tables.flatMap((table) => {
        const right = table.getBoundingClientRect().right + 0.5;
        return [...table.querySelectorAll('td, th')]
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return range.getBoundingClientRect().right > right;
          })
          .map((cell) => cell.textContent);
      }),
    );
    assert.deepEqual(overflow, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
