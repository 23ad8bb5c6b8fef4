// The product's pages in headless Chromium, each figure next to an empty
// Vite + React page: navigation → first stage render and → server ready,
// frame times while the busiest scene plays, the JS heap after many requests.
import { launch } from '../tests/e2e/helpers.mjs';
import { startPreview } from '../tests/e2e/servers.mjs';
import { heapAfterGc, sendLive } from './memory.mjs';

const STAGE_MARK = 'stage:first-render'; // src/ui/StageSlot.tsx
const RUNS = 5;
const BUSIEST = 'big-picture';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Records when <html data-server> is first set, on performance's clock. */
function recordServerReady() {
  new window.MutationObserver((_, observer) => {
    if (document.documentElement.dataset.server) {
      performance.mark('server:ready');
      observer.disconnect();
    }
    // Runs before <html> exists: watch the document, subtree included.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-server'] });
}

async function startTimes(browser, url, waitServer) {
  const stage = [];
  const server = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh context each run: nothing cached, the worker registered anew (a first visit).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordServerReady);
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, STAGE_MARK);
    if (waitServer)
      await page.waitForFunction(() => performance.getEntriesByName('server:ready').length > 0);
    const t = await page.evaluate(
      (m) => ({
        stage: performance.getEntriesByName(m)[0].startTime,
        server: performance.getEntriesByName('server:ready')[0]?.startTime ?? NaN,
      }),
      STAGE_MARK,
    );
    stage.push(t.stage);
    server.push(t.server);
    await context.close();
  }
  return { stage: median(stage), server: median(server) };
}

async function frameTimes(page, seconds) {
  return page.evaluate(
    (ms) =>
      new Promise((done) => {
        const deltas = [];
        let last = performance.now();
        const end = last + ms;
        const loop = (now) => {
          deltas.push(now - last);
          last = now;
          if (now < end) window.requestAnimationFrame(loop);
          else done(deltas.slice(1));
        };
        window.requestAnimationFrame(loop);
      }),
    seconds * 1000,
  );
}

/** The heap once `from`..`to` were answered and joined the timeline (a rush joins when it is over). */
async function heapAfter(page, cdp, from, to) {
  await sendLive(page, from, to);
  await page.waitForTimeout(1000);
  return heapAfterGc(cdp);
}

export async function benchPages({ productDir, baselineDir, requests }) {
  const product = await startPreview({ extraArgs: ['--outDir', productDir] });
  const baseline = await startPreview({ extraArgs: ['--outDir', baselineDir] });
  const browser = await launch();
  try {
    const start = {
      index: await startTimes(browser, product.url, true),
      embed: await startTimes(browser, new URL('embed.html', product.url).href, true),
      baseline: await startTimes(browser, baseline.url, false),
    };

    const idle = await browser.newPage();
    await idle.goto(baseline.url);
    const idleFrames = await frameTimes(idle, 3);
    await idle.close();

    const page = await browser.newPage();
    await page.goto(new URL(`?scene=${BUSIEST}&speed=4`, product.url).href);
    await page.waitForFunction(() => document.documentElement.dataset.server);
    await page.locator('.widget').first().focus();
    await page.keyboard.press(' ');
    const playFrames = await frameTimes(page, 3);
    await page.keyboard.press(' ');

    const cdp = await page.context().newCDPSession(page);
    const heap100 = await heapAfter(page, cdp, 0, 100);
    // The timeline caps itself near 525 requests (10,000 events): past that the heap should plateau.
    const heap1000 = await heapAfter(page, cdp, 100, 1000);
    const heapMany = await heapAfter(page, cdp, 1000, requests);
    return {
      start,
      frames: {
        scene: BUSIEST,
        playing: { median: median(playFrames), p95: p95(playFrames), count: playFrames.length },
        idle: { median: median(idleFrames), p95: p95(idleFrames), count: idleFrames.length },
      },
      memory: { requests, heap100, heap1000, heapMany },
    };
  } finally {
    await browser.close();
    product.stop();
    baseline.stop();
  }
}
