// `npm run bench`: every figure next to its baseline, in one run (≈ 30 s).
import { benchEngine } from './engine.mjs';
import { benchRoundTrip } from './browser.mjs';
import { benchLab } from './lab.mjs';

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const started = performance.now();

console.log('Engine in Node (createSimulator(defaultSite) answering live requests)');
const { requests, engine, baseline } = await benchEngine();
console.log(`  requests                 ${fmt(requests)} sequential GET /environ`);
console.log(
  `  simulated requests/s     ${fmt(engine.requestsPerSecond).padStart(12)}   baseline (trivial handler) ${fmt(baseline.requestsPerSecond)}   ×${fmt(baseline.requestsPerSecond / engine.requestsPerSecond, 1)} slower`,
);
console.log(
  `  trace events/s           ${fmt(engine.eventsPerSecond).padStart(12)}   (${fmt(engine.events / requests, 1)} events per request)`,
);

// ---- engine-lab (the load lab's engine side: src/lab) ----
await printEngineLab();

console.log('\nRound trip in headless Chromium (sequential fetch() through the Service Worker)');
const rt = await benchRoundTrip();
console.log(`  fetches                  ${rt.fetches} each, after a warm-up`);
console.log(
  `  https://demo.test        ${fmt(rt.demoMsPerRequest, 2).padStart(12)} ms/request   baseline (bare msw handler) ${fmt(rt.bareMsPerRequest, 2)} ms/request   ratio ${fmt(rt.demoMsPerRequest / rt.bareMsPerRequest, 2)}`,
);

async function printEngineLab() {
  console.log('\nengine-lab: runLab, 1,000 closed-loop clients × 60 s virtual (think 1 s, default mix), lean mode');
  for (const lane of await benchLab()) {
    console.log(
      `  ${lane.id.padEnd(8)} ${fmt(lane.leanMs).padStart(6)} ms (cpu ${fmt(lane.leanCpuMs).padStart(5)} ms) for ${fmt(lane.leanRequests).padStart(6)} requests   ${fmt(lane.leanUsPerRequest, 1).padStart(6)} µs/request   baseline (full trace, 100 clients × 10 s) ${fmt(lane.fullUsPerRequest, 1)} µs/request   ×${fmt(lane.fullUsPerRequest / lane.leanUsPerRequest, 1)} faster`,
    );
  }
}

console.log(`\nbench: done in ${fmt((performance.now() - started) / 1000, 1)} s`);
