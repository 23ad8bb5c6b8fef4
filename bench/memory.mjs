// `npm run bench:memory`: the JS heap on the explainer page itself after N live
// fetch() calls (BENCH_REQUESTS, default 20,000) next to the heap after the first
// 100 in the same page, and what the stage shows of the machine (masters, pids).
// Builds the site into a temporary folder (dist/ is never touched).
import { launch } from '../tests/e2e/helpers.mjs';
import { startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';
import { buildForBench } from './size.mjs';

export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Sends requests [from, to) in waves of 200 and checks that each got exactly one answer. */
export async function sendLive(page, from, to) {
  const answered = await page.evaluate(
    async ([a, b]) => {
      let ok = 0;
      for (let i = a; i < b; i += 200) {
        const n = Math.min(200, b - i);
        const statuses = await Promise.all(
          Array.from({ length: n }, (_, k) =>
            fetch(`https://demo.test/environ?n=${i + k}`).then(
              (r) => r.arrayBuffer().then(() => r.status),
              () => 0,
            ),
          ),
        );
        ok += statuses.filter((s) => s > 0).length;
      }
      return ok;
    },
    [from, to],
  );
  if (answered !== to - from) throw new Error(`${to - from - answered} requests got no answer`);
}

export async function benchMemory({ productDir, requests, scene = 'big-picture' }) {
  const product = await startPreview({ extraArgs: ['--outDir', productDir] });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(`?scene=${scene}&step=9999`, product.url).href);
    await page.waitForFunction(() => document.documentElement.dataset.server);
    const cdp = await page.context().newCDPSession(page);
    // A rush's answers join the timeline once it has been quiet for 300 ms
    // (session/pace.ts): measured at the last answer, and once they joined.
    await sendLive(page, 0, 100);
    await page.waitForTimeout(1000);
    const heap100 = await heapAfterGc(cdp);
    await sendLive(page, 100, requests);
    const heapAtLast = await heapAfterGc(cdp);
    await page.waitForTimeout(1000);
    const heapMany = await heapAfterGc(cdp);
    return { scene, requests, heap100, heapAtLast, heapMany };
  } finally {
    await browser.close();
    product.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.CHROME_PATH ??= ensureChrome();
  const requests = Number(process.env.BENCH_REQUESTS ?? 20_000);
  const dirs = await buildForBench();
  const m = await benchMemory({ productDir: dirs.product, requests });
  const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  console.log(
    `JS heap on ?scene=${m.scene} after ${requests.toLocaleString('en-US')} live requests ${mib(m.heapMany)} (at the last answer, before the rush joined the timeline: ${mib(m.heapAtLast)})   baseline (after 100, same page) ${mib(m.heap100)}   ×${(m.heapMany / m.heap100).toFixed(2)}`,
  );
}
