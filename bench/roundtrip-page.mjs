// `npm run bench:page`: the fetch() round trip and the frame times on the
// explainer page itself (index.html?scene=wsgi, the figure visible and
// animating), next to a bare msw page in the same browser and run.
//   round trip: 200 sequential fetch() calls on each page, p50/p95 and ratio
//   frames: rAF deltas on the product page while 10 fetch()/s run for 10 s and
//           while big-picture plays at 4×, next to its idle frames and the bare page's
// Builds into folders of its own under the system temp dir (dist/ is never touched).
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/helpers.mjs';
import { build, startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';

const FETCHES = Number(process.env.BENCH_FETCHES ?? 200);
const WARM_UP = 20;
const LOAD_SECONDS = 10;
const PER_SECOND = 10;
const PRODUCT_DIR = resolve(tmpdir(), `wsgi-explained-bench-page-${process.pid}`);
const BARE_DIR = resolve(tmpdir(), `wsgi-explained-bench-bare-${process.pid}`);

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const stats = (xs) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95), n: xs.length });
const fmt = (n) => n.toFixed(1);

/** ms of each of `count` sequential fetches of `url` (body read). */
function sequential(page, url, count) {
  return page.evaluate(
    async ([u, n]) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const r = await fetch(`${u}?i=${i}`);
        await r.arrayBuffer();
        times.push(performance.now() - t0);
      }
      return times;
    },
    [url, count],
  );
}

/** rAF deltas for `seconds`; with `perSecond` > 0, fetch(url) that often meanwhile. */
function frames(page, seconds, url = '', perSecond = 0) {
  return page.evaluate(
    ([ms, u, rate]) =>
      new Promise((done) => {
        const deltas = [];
        let last = performance.now();
        const end = last + ms;
        const timer =
          rate > 0
            ? setInterval(() => {
                fetch(u)
                  .then((r) => r.arrayBuffer())
                  .catch(() => {});
              }, 1000 / rate)
            : null;
        const loop = (now) => {
          deltas.push(now - last);
          last = now;
          if (now < end) window.requestAnimationFrame(loop);
          else {
            if (timer) clearInterval(timer);
            done(deltas.slice(1));
          }
        };
        window.requestAnimationFrame(loop);
      }),
    [seconds * 1000, url, perSecond],
  );
}

async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.server, null, {
    polling: 100,
    timeout: 20_000,
  });
}

export async function benchPage() {
  process.env.CHROME_PATH ??= ensureChrome();
  await build(['--outDir', PRODUCT_DIR, '--emptyOutDir', '--logLevel', 'error']);
  await build(['--config', 'bench/vite.config.ts', '--outDir', BARE_DIR, '--emptyOutDir']);
  const product = await startPreview({ extraArgs: ['--outDir', PRODUCT_DIR] });
  const bare = await startPreview({
    extraArgs: ['--config', 'bench/vite.config.ts', '--outDir', BARE_DIR],
  });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const barePage = await context.newPage();
    await barePage.goto(bare.url);
    await ready(barePage);
    const page = await context.newPage();
    await page.goto(new URL('?scene=wsgi&lang=en', product.url).href);
    await ready(page);
    await page.locator('figure.stage').waitFor();
    await page.bringToFront();

    const demo = 'https://demo.test/environ';
    const bareUrl = 'https://bare.test/environ';
    const idleProduct = await frames(page, 3);
    await sequential(page, demo, WARM_UP);
    const productTimes = await sequential(page, demo, FETCHES);
    await page.waitForTimeout(1000);
    const loaded = await frames(page, LOAD_SECONDS, demo, PER_SECOND);

    // Playing the busiest scene at 4× (as bench/pages.mjs does).
    await page.goto(new URL('?scene=big-picture&speed=4&lang=en', product.url).href);
    await ready(page);
    await page.locator('.widget').first().focus();
    await page.keyboard.press(' ');
    const playing = await frames(page, 5);
    await page.keyboard.press(' ');

    await barePage.bringToFront();
    const idleBare = await frames(barePage, 3);
    await sequential(barePage, bareUrl, WARM_UP);
    const bareTimes = await sequential(barePage, bareUrl, FETCHES);
    await context.close();
    return {
      fetches: FETCHES,
      product: stats(productTimes),
      bare: stats(bareTimes),
      frames: {
        idleProduct: stats(idleProduct),
        idleBare: stats(idleBare),
        loaded: stats(loaded),
        playing: stats(playing),
      },
    };
  } finally {
    await browser.close();
    product.stop();
    bare.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchPage();
  console.log(`Round trip: ${r.fetches} sequential fetch() calls (ms per request)`);
  console.log(
    `  index.html?scene=wsgi  https://demo.test  p50 ${fmt(r.product.p50)}  p95 ${fmt(r.product.p95)}`,
  );
  console.log(
    `  bare msw page         https://bare.test  p50 ${fmt(r.bare.p50)}  p95 ${fmt(r.bare.p95)}`,
  );
  console.log(
    `  ratio p50 ×${(r.product.p50 / r.bare.p50).toFixed(2)}  p95 ×${(r.product.p95 / r.bare.p95).toFixed(2)}`,
  );
  const f = r.frames;
  console.log(`Frames (rAF deltas, ms)`);
  console.log(
    `  product, ${PER_SECOND} fetch()/s for ${LOAD_SECONDS} s  p50 ${fmt(f.loaded.p50)}  p95 ${fmt(f.loaded.p95)}  (${f.loaded.n} frames)`,
  );
  console.log(
    `  product, big-picture playing at 4× for 5 s  p50 ${fmt(f.playing.p50)}  p95 ${fmt(f.playing.p95)}  (${f.playing.n} frames)`,
  );
  console.log(
    `  product idle                  p50 ${fmt(f.idleProduct.p50)}  p95 ${fmt(f.idleProduct.p95)}`,
  );
  console.log(
    `  bare page idle                p50 ${fmt(f.idleBare.p50)}  p95 ${fmt(f.idleBare.p95)}`,
  );
}
