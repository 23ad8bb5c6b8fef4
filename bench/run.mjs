// `npm run bench`: every figure next to its baseline, in one run (≈ 2–3 min).
// BENCH_REQUESTS (default 3000) sets how many requests the memory figure sends.
import { benchEngine } from './engine.mjs';
import { benchLab } from './lab.mjs';
import { benchRoundTrip } from './browser.mjs';
import { benchPages } from './pages.mjs';
import { benchPython, printPython } from './python.mjs';
import { buildForBench, EMBED_BUDGET_GZIP, firstFrame } from './size.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KB`;
const mib = (bytes) => `${fmt(bytes / 2 ** 20, 1)} MiB`;
const started = performance.now();
process.env.CHROME_PATH ??= ensureChrome();

console.log('Size before the first frame (entry + static imports; gzip at zlib default level)');
const dirs = await buildForBench();
const base = firstFrame(dirs.baseline, 'index.html');
for (const entry of ['index.html', 'embed.html']) {
  const f = firstFrame(dirs.product, entry);
  console.log(
    `  ${entry.padEnd(11)} JS ${kb(f.js.gzip).padStart(9)} gzip (${kb(f.js.raw)} raw)   CSS ${kb(f.css.gzip)} gzip (${kb(f.css.raw)} raw)   baseline (empty Vite + React) JS ${kb(base.js.gzip)} gzip (${kb(base.js.raw)} raw)`,
  );
  console.log(
    `  ${''.padEnd(11)} msw after the first frame (not in the static graph): ${f.mswInside ? 'NO' : 'yes'}`,
  );
  if (entry === 'embed.html') {
    const pass = f.js.gzip <= EMBED_BUDGET_GZIP;
    console.log(
      `  ${''.padEnd(11)} budget: first-frame JS ≤ ${kb(EMBED_BUDGET_GZIP)} gzip → ${pass ? 'PASS' : 'FAIL'}`,
    );
  }
}

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
console.log('\nPages in headless Chromium (medians of 5 fresh visits)');
const pages = await benchPages({ productDir: dirs.product, baselineDir: dirs.baseline, requests });
const s = pages.start;
console.log(
  `  navigation → first stage render   index ${fmt(s.index.stage)} ms   embed ${fmt(s.embed.stage)} ms   baseline (empty page's first render) ${fmt(s.baseline.stage)} ms`,
);
console.log(
  `  navigation → server ready         index ${fmt(s.index.server)} ms   embed ${fmt(s.embed.server)} ms   (first visit: registers the worker)`,
);
const fr = pages.frames;
console.log(
  `  frame time playing "${fr.scene}" at 4×  median ${fmt(fr.playing.median, 1)} ms  p95 ${fmt(fr.playing.p95, 1)} ms (${fr.playing.count} frames)   baseline (idle empty page) median ${fmt(fr.idle.median, 1)} ms  p95 ${fmt(fr.idle.p95, 1)} ms`,
);
const m = pages.memory;
console.log(
  `  JS heap after ${fmt(m.requests)} requests ${mib(m.heapMany)}   baseline (after 100) ${mib(m.heap100)}   ×${fmt(m.heapMany / m.heap100, 2)}   (after 1,000, past the timeline's cap: ${mib(m.heap1000)})`,
);

console.log('\nRound trip in headless Chromium (fetch() through the Service Worker)');
const rt = await benchRoundTrip();
const ratio = rt.demoMsPerRequest / rt.bareMsPerRequest;
const ratioConcurrent = rt.demoConcurrentMs / rt.bareConcurrentMs;
console.log(
  `  ${rt.fetches} sequential   https://demo.test ${fmt(rt.demoMsPerRequest, 2).padStart(6)} ms/request   baseline (bare msw handler) ${fmt(rt.bareMsPerRequest, 2)} ms/request   ratio ${fmt(ratio, 2)}`,
);
console.log(
  `  ${rt.concurrent} at once     https://demo.test ${fmt(rt.demoConcurrentMs, 2).padStart(6)} ms/request   baseline (bare msw handler) ${fmt(rt.bareConcurrentMs, 2)} ms/request   ratio ${fmt(ratioConcurrent, 2)}`,
);
console.log(
  `  the explainer's own work adds ≤ a third to msw's time: sequential ${ratio <= 4 / 3 ? 'PASS' : 'FAIL'}, concurrent ${ratioConcurrent <= 4 / 3 ? 'PASS' : 'FAIL'}`,
);

console.log('\nYour own Python in headless Chromium (?scene=python, the default example)');
// CPython that never gets ready must not sink the figures after it: say so and go on.
await benchPython({ productDir: dirs.product }).then(printPython, (error) =>
  console.log(`  FAILED: ${error.message}`),
);

console.log('\nEngine in Node (createSimulator(defaultSite) answering live requests)');
const { requests: n, engine, baseline } = await benchEngine();
console.log(`  requests                 ${fmt(n)} sequential GET /environ`);
console.log(
  `  simulated requests/s     ${fmt(engine.requestsPerSecond).padStart(12)}   baseline (trivial handler) ${fmt(baseline.requestsPerSecond)}   ×${fmt(baseline.requestsPerSecond / engine.requestsPerSecond, 1)} slower`,
);
console.log(
  `  trace events/s           ${fmt(engine.eventsPerSecond).padStart(12)}   (${fmt(engine.events / n, 1)} events per request)`,
);

console.log(
  '\nLoad lab engine in Node (runLab: 1,000 closed-loop clients × 60 s virtual, think 1 s, default mix; lean mode)',
);
for (const lane of await benchLab()) {
  console.log(
    `  ${lane.id.padEnd(8)} ${fmt(lane.leanMs).padStart(6)} ms (cpu ${fmt(lane.leanCpuMs).padStart(5)} ms) for ${fmt(lane.leanRequests).padStart(6)} requests   ${fmt(lane.leanUsPerRequest, 1).padStart(6)} µs/request   baseline (full trace, 100 clients × 10 s) ${fmt(lane.fullUsPerRequest, 1)} µs/request   ×${fmt(lane.fullUsPerRequest / lane.leanUsPerRequest, 1)} faster`,
  );
}

console.log(`\nbench: done in ${fmt((performance.now() - started) / 1000, 1)} s`);
