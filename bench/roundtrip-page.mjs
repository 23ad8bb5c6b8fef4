// `npm run bench:page`: the fetch() round trip and the frame times on the
// explainer page itself (index.html?scene=wsgi, the figure visible and
// animating), next to a bare msw page in the same browser and run.
//   round trip: 200 sequential fetch() calls on each page, p50/p95 and ratio
//               (target: p50 within 1.5× of the bare page's)
//   frames: rAF deltas on the product page while 10 fetch()/s run for 10 s and
//           while big-picture plays at 4×, next to its idle frames
//           (target: p95 within 1.25× of the idle page's)
//   heights: the embed in 600/680/760 px columns, first beat and ten steps
//            (target: at most 640 px, one height while stepping)
// `npm run bench:page -- --before main` also builds the site as committed at
// `main` (git archive) and measures both in alternating order, each round
// next to the bare page: the machine is shared and noisy, so compare within
// a round. BENCH_ROUNDS (default 1, or 3 with --before), BENCH_FETCHES (200).
// Builds into folders of its own under the system temp dir (dist/ is never touched).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../tests/e2e/helpers.mjs';
import { startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';
import {
  buildBare,
  buildProduct,
  buildRef,
  frames,
  median,
  ready,
  sequential,
  stats,
} from './page-measure.mjs';
import { heightLine, heights } from './heights.mjs';

const FETCHES = Number(process.env.BENCH_FETCHES ?? 200);
const WARM_UP = 20;
const LOAD_SECONDS = 10;
const PER_SECOND = 10;
/** The targets (issue 11). */
export const ROUND_TRIP_MAX = 1.5;
export const FRAMES_MAX = 1.25;
const DEMO = 'https://demo.test/environ';
const BARE = 'https://bare.test/environ';

const fmt = (n) => n.toFixed(1);
const verdict = (ratio, max) => `×${ratio.toFixed(2)} ${ratio <= max ? 'PASS' : 'FAIL'}`;

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  return { context, page };
}

/** One visit of the explainer: idle frames, the round trip, frames under load and while playing. */
async function measureProduct(browser, base) {
  const { context, page } = await openPage(browser, new URL('?scene=wsgi&lang=en', base).href);
  try {
    await page.locator('figure.stage').waitFor();
    const idle = await frames(page, 3);
    await sequential(page, DEMO, WARM_UP);
    const trip = await sequential(page, DEMO, FETCHES);
    await page.waitForTimeout(1000);
    const loaded = await frames(page, LOAD_SECONDS, DEMO, PER_SECOND);
    // Playing the busiest scene at 4× (as bench/pages.mjs does).
    await page.goto(new URL('?scene=big-picture&speed=4&lang=en', base).href);
    await ready(page);
    await page.locator('.widget').first().focus();
    await page.keyboard.press(' ');
    const playing = await frames(page, 5);
    await page.keyboard.press(' ');
    return {
      trip: stats(trip),
      idle: stats(idle),
      loaded: stats(loaded),
      playing: stats(playing),
    };
  } finally {
    await context.close();
  }
}

async function measureBare(browser, base) {
  const { context, page } = await openPage(browser, base);
  try {
    const idle = await frames(page, 3);
    await sequential(page, BARE, WARM_UP);
    const trip = await sequential(page, BARE, FETCHES);
    return { trip: stats(trip), idle: stats(idle) };
  } finally {
    await context.close();
  }
}

/** Ratios of one product visit against the bare page of the same round. */
function ratios(m, bare) {
  return {
    trip: m.trip.p50 / bare.trip.p50,
    tripP95: m.trip.p95 / bare.trip.p95,
    loaded: m.loaded.p95 / m.idle.p95,
    playing: m.playing.p95 / m.idle.p95,
  };
}

/**
 * Measures the working tree's build (and `before`, a git ref, when given) in
 * `rounds` rounds, alternating their order, each next to the bare page.
 */
export async function benchPage({ before = null, rounds = before ? 3 : 1 } = {}) {
  process.env.CHROME_PATH ??= ensureChrome();
  const tmp = resolve(tmpdir(), `wsgi-explained-bench-page-${process.pid}`);
  const builds = [{ name: 'now', dir: resolve(tmp, 'now') }];
  if (before) builds.push({ name: before, dir: resolve(tmp, 'before') });
  const servers = [];
  let browser = null;
  try {
    await buildProduct(builds[0].dir);
    if (before) await buildRef(before, resolve(tmp, 'before-src'), builds[1].dir);
    await buildBare(resolve(tmp, 'bare'));
    for (const b of builds) {
      b.server = await startPreview({ extraArgs: ['--outDir', b.dir] });
      servers.push(b.server);
    }
    const bare = await startPreview({
      extraArgs: ['--config', 'bench/vite.config.ts', '--outDir', resolve(tmp, 'bare')],
    });
    servers.push(bare);
    browser = await launch();
    const results = [];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      const r = { round: round + 1, builds: {} };
      for (const b of order) r.builds[b.name] = await measureProduct(browser, b.server.url);
      r.bare = await measureBare(browser, bare.url);
      for (const b of builds) r.builds[b.name].ratio = ratios(r.builds[b.name], r.bare);
      results.push(r);
      if (rounds > 1) printRound(r);
    }
    // Heights are layout, not timing: one measurement per build is enough.
    const shapes = {};
    for (const b of builds) shapes[b.name] = await heights(browser, b.server.url);
    return { fetches: FETCHES, names: builds.map((b) => b.name), results, shapes };
  } finally {
    await browser?.close();
    for (const s of servers) s.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printRound(r) {
  const parts = Object.entries(r.builds).map(
    ([name, m]) =>
      `${name}: trip p50 ${fmt(m.trip.p50)} ms ×${m.ratio.trip.toFixed(2)}, frames p95 loaded ${fmt(m.loaded.p95)} / idle ${fmt(m.idle.p95)}`,
  );
  console.log(`round ${r.round}  bare p50 ${fmt(r.bare.trip.p50)} ms  |  ${parts.join('  |  ')}`);
}

function report({ fetches, names, results, shapes }) {
  for (const name of names) {
    const label = name === 'now' ? 'this tree' : `at ${name}`;
    console.log(`\n${label}: ${results.length} round(s), each next to the bare msw page`);
    for (const r of results) {
      const m = r.builds[name];
      console.log(
        `  round ${r.round}: round trip (${fetches} sequential fetch()) p50 ${fmt(m.trip.p50)} ms vs bare ${fmt(r.bare.trip.p50)} ms ×${m.ratio.trip.toFixed(2)}, p95 ${fmt(m.trip.p95)} vs ${fmt(r.bare.trip.p95)} ×${m.ratio.tripP95.toFixed(2)}`,
      );
      console.log(
        `           frames p95: ${PER_SECOND} fetch()/s ${fmt(m.loaded.p95)} ms (p50 ${fmt(m.loaded.p50)}, ${m.loaded.n} frames), big-picture at 4× ${fmt(m.playing.p95)} ms, idle ${fmt(m.idle.p95)} ms (bare page idle ${fmt(r.bare.idle.p95)})`,
      );
    }
    const of = (k) => median(results.map((r) => r.builds[name].ratio[k]));
    console.log(`  median of rounds:`);
    console.log(
      `    round trip p50 vs bare msw page        ${verdict(of('trip'), ROUND_TRIP_MAX)} (target ≤ ${ROUND_TRIP_MAX}×)`,
    );
    console.log(
      `    frame p95, ${PER_SECOND} fetch()/s vs idle      ${verdict(of('loaded'), FRAMES_MAX)} (target ≤ ${FRAMES_MAX}×)`,
    );
    console.log(
      `    frame p95, big-picture 4× vs idle     ${verdict(of('playing'), FRAMES_MAX)} (target ≤ ${FRAMES_MAX}×)`,
    );
    console.log(`  ${heightLine(shapes[name])}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { before: { type: 'string' } } });
  const rounds = process.env.BENCH_ROUNDS ? Number(process.env.BENCH_ROUNDS) : undefined;
  report(await benchPage({ before: values.before ?? null, rounds }));
}
