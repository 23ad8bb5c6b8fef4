// Robustness: a long session. Live requests in batches push the timeline past
// MAX_EVENTS several times while it plays at 4× and the cursor jumps end to
// start; the oldest requests are summarised (a notice says how many), the
// timeline stays bounded, the JS heap does not grow with the request count,
// and nothing reaches the console.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, newPage, SITE_URL, waitForServer } from './helpers.mjs';

const MAX_EVENTS = 10_000; // src/store/explainerStore.ts
const BATCHES = 10;
const PER_BATCH = 100;

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

describe('a long session', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it(`${BATCHES * PER_BATCH} live requests while playing: bounded timeline and heap, no console error`, async () => {
    const page = await newPage(browser);
    await page.goto(new URL('?scene=big-picture&speed=4', SITE_URL).href);
    await waitForServer(page);
    const cdp = await page.context().newCDPSession(page);
    const widget = page.locator('.widget').first();
    await widget.focus();
    await page.keyboard.press(' '); // play the scene at 4×
    const send = (batch) =>
      page.evaluate(
        ([b, n]) =>
          Promise.all(
            Array.from({ length: n }, (_, i) =>
              fetch(`https://demo.test/environ?b=${b}&i=${i}`).then((r) => r.json()),
            ),
          ).then((all) => all.every((e, i) => e.QUERY_STRING === `b=${b}&i=${i}`)),
        [batch, PER_BATCH],
      );
    const total = (text) => Number(/\/ (\d+)/.exec(text)[1]);

    const lengths = [];
    const heaps = [];
    for (let b = 0; b < BATCHES; b++) {
      assert.equal(await send(b), true, `batch ${b}: every answer carries its own query`);
      // Jump around: the player replays from checkpoints at both ends.
      await widget.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      await page.keyboard.press('End');
      await page.keyboard.press(' ');
      lengths.push(total(await page.locator('.controls-position').innerText()));
      // Past the first trim (~10,000 events, batch 4) the heap is measured after every batch.
      if (b >= 4) heaps.push(await heapAfterGc(cdp));
    }

    assert.ok(Math.max(...lengths) <= MAX_EVENTS, `timeline lengths ${lengths.join(', ')}`);
    const notice = page.locator('.controls-dropped');
    await notice.waitFor();
    const dropped = Number(await notice.getAttribute('data-dropped'));
    assert.ok(dropped > PER_BATCH, `dropped ${dropped}`);
    assert.match(await notice.innerText(), /Older requests were summarised to keep memory bounded/);
    // Bounded: once the timeline trims itself, the heap swings with its length
    // (6,000–10,000 events) but the last three batches (300 requests, ~6,000
    // events) must not raise its peak above the three before them.
    const mib = heaps.map((h) => (h / 2 ** 20).toFixed(1));
    const peak = (list) => Math.max(...list) / 2 ** 20;
    const growth = peak(heaps.slice(3)) - peak(heaps.slice(0, 3));
    assert.ok(
      growth < 4,
      `heap peaks grew ${growth.toFixed(1)} MiB (MiB per batch: ${mib.join(', ')})`,
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
