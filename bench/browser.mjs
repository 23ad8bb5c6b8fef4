// Round trip through msw's Service Worker in headless Chromium: the product's
// handlers (simulated server) against a bare msw handler on the same page,
// one after another and 100 at once.
import { build, startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';
import { launch } from '../tests/e2e/helpers.mjs';

const CONFIG = ['--config', 'bench/vite.config.ts'];
const FETCHES = 200;
const WARM_UP = 20;
const CONCURRENT = 100;

export async function benchRoundTrip() {
  process.env.CHROME_PATH ??= ensureChrome();
  await build(CONFIG);
  const server = await startPreview({ extraArgs: CONFIG });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.server === 'service-worker');
    const run = (url, count) => page.evaluate(([u, n]) => window.roundTrip(u, n), [url, count]);
    const demoUrl = 'https://demo.test/environ';
    const bareUrl = 'https://bare.test/environ';
    await run(bareUrl, WARM_UP);
    await run(demoUrl, WARM_UP);
    const bare = await run(bareUrl, FETCHES);
    const demo = await run(demoUrl, FETCHES);
    const together = (url) => page.evaluate(([u, n]) => window.concurrent(u, n), [url, CONCURRENT]);
    await together(bareUrl);
    const bareConcurrent = await together(bareUrl);
    const demoConcurrent = await together(demoUrl);
    return {
      fetches: FETCHES,
      concurrent: CONCURRENT,
      demoMsPerRequest: demo,
      bareMsPerRequest: bare,
      demoConcurrentMs: demoConcurrent,
      bareConcurrentMs: bareConcurrent,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
