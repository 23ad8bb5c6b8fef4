// "Your own Python" (issue 14) in headless Chromium on the built product:
// - Run → CPython ready (`<html data-python="ready">`), cold (a fresh browser
//   profile: nothing cached) and cached (a second visit in the same browser,
//   Pyodide's files from the HTTP cache);
// - the fetch() round trip of a request through the learner's Python (the
//   default example) next to the simulated echo app (`?scene=static`, the
//   default site), same path, same run.
// `npm run bench:python` runs only this part (builds the product first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, launch, newPage, waitForServer } from '../tests/e2e/helpers.mjs';
import { build, startPreview } from '../tests/e2e/servers.mjs';
import { ensureChrome } from '../tests/e2e/chrome.mjs';
import { PRODUCT_OUT_DIR } from './size.mjs';

const PATH = '/hello?name=ada';
/** Sequential fetches per figure, in ROUNDS alternating blocks (python, echo, python, …). */
const FETCHES = 30;
const ROUNDS = 3;
const WARM_UP = 3;
/** How long CPython may take to get ready before the bench gives up (cold, on a loaded machine). */
export const READY_TIMEOUT_MS = Number(process.env.BENCH_PYTHON_TIMEOUT_MS ?? 180_000);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records when <html data-python> first says 'ready', on performance's clock. */
function recordPythonReady() {
  new window.MutationObserver((_, observer) => {
    if (document.documentElement.dataset.python === 'ready') {
      performance.mark('python:ready');
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-python'] });
}

/** Opens the python scene in `context`, presses Run, returns ms from the click to ready. */
async function runToReady(context, url) {
  const page = await context.newPage();
  // Bytes of Pyodide's files that came over the network (not from the HTTP cache) on this visit.
  const pending = [];
  const tally = (request) => {
    if (/\/pyodide\//.test(request.url()))
      pending.push(
        request.sizes().then(
          (s) => Math.max(0, s.responseBodySize),
          () => 0,
        ),
      );
  };
  context.on('requestfinished', tally);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(recordPythonReady);
  await page.goto(url);
  await waitForServer(page, 30_000);
  const run = page.getByRole('button', { name: 'Run' });
  await page.getByRole('textbox', { name: 'Python code' }).waitFor();
  await run.waitFor();
  const clicked = await page.evaluate(() => performance.now());
  await run.click();
  try {
    await page.waitForFunction(
      () => performance.getEntriesByName('python:ready').length > 0,
      null,
      { timeout: READY_TIMEOUT_MS, polling: 100 },
    );
  } catch (error) {
    const state = await page
      .evaluate(() => document.documentElement.dataset.python ?? '(unset)')
      .catch(() => '(page gone)');
    await page.close().catch(() => {});
    throw new Error(
      `bench/python: CPython was not ready ${READY_TIMEOUT_MS / 1000} s after Run ` +
        `(data-python="${state}"${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}). ` +
        `Set BENCH_PYTHON_TIMEOUT_MS to wait longer. (${error.message.split('\n')[0]})`,
    );
  }
  const ready = await page.evaluate(
    () => performance.getEntriesByName('python:ready')[0].startTime,
  );
  context.off('requestfinished', tally);
  const sizes = await Promise.all(pending);
  return {
    page,
    ms: ready - clicked,
    pyodide: { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) },
  };
}

/** `count` sequential fetch() calls to `path`, each timed; checks every status. */
function timed(page, count) {
  return page.evaluate(
    async ([url, n]) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const r = await fetch(url);
        await r.text();
        times.push(performance.now() - t);
        if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      }
      return times;
    },
    [`https://demo.test${PATH}`, count],
  );
}

export async function benchPython({ productDir }) {
  process.env.CHROME_PATH ??= ensureChrome();
  const server = await startPreview({ extraArgs: ['--outDir', productDir] });
  const browser = await launch();
  // A fresh profile on disk: a real disk cache, as a reader's browser has (an
  // incognito context's memory cache here kept too little of Pyodide's 12 MiB).
  const profile = mkdtempSync(join(tmpdir(), 'wsgi-explained-bench-python-'));
  let context;
  try {
    const pythonUrl = new URL('?scene=python', server.url).href;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROME_ARGS,
    });
    const cold = await runToReady(context, pythonUrl);
    await cold.page.close();
    const cached = await runToReady(context, pythonUrl);
    const python = cached.page;
    const body = await python.evaluate(
      async (u) => (await fetch(u)).text(),
      `https://demo.test${PATH}`,
    );
    if (!/ellohay adaway/.test(body))
      throw new Error(
        `bench/python: the default example did not answer ${PATH} (got ${body.slice(0, 80)})`,
      );

    const echo = await newPage(browser);
    await echo.goto(new URL('?scene=static', server.url).href);
    await waitForServer(echo, 30_000);
    await timed(python, WARM_UP);
    await timed(echo, WARM_UP);
    const pythonTimes = [];
    const echoTimes = [];
    for (let r = 0; r < ROUNDS; r++) {
      pythonTimes.push(...(await timed(python, FETCHES / ROUNDS)));
      echoTimes.push(...(await timed(echo, FETCHES / ROUNDS)));
    }
    await echo.context().close();
    return {
      path: PATH,
      fetches: FETCHES,
      readyColdMs: cold.ms,
      readyCachedMs: cached.ms,
      coldPyodide: cold.pyodide,
      cachedPyodide: cached.pyodide,
      pythonMs: median(pythonTimes),
      echoMs: median(echoTimes),
    };
  } finally {
    await context?.close();
    await browser.close();
    server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The lines `npm run bench` and `npm run bench:python` print. */
export function printPython(p) {
  console.log(
    `  Run → CPython ready   cold (fresh profile) ${fmt(p.readyColdMs).padStart(6)} ms   cached (second visit, HTTP cache) ${fmt(p.readyCachedMs)} ms   ratio ${fmt(p.readyColdMs / p.readyCachedMs, 2)}`,
  );
  const st = (o) => `${o.files} requests, ${fmt(o.bytes / 2 ** 20, 1)} MiB over the network`;
  console.log(
    `  ${''.padEnd(21)} Pyodide's files: cold ${st(p.coldPyodide)}; cached ${st(p.cachedPyodide)} (vite preview sends no-cache: revalidated, 304)`,
  );
  console.log(
    `  round trip GET ${p.path} (median of ${p.fetches} sequential)   learner's Python ${fmt(p.pythonMs, 2)} ms   baseline (simulated echo app, ?scene=static) ${fmt(p.echoMs, 2)} ms   ratio ${fmt(p.pythonMs / p.echoMs, 2)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  process.env.CHROME_PATH ??= ensureChrome();
  await build(['--outDir', PRODUCT_OUT_DIR, '--emptyOutDir', '--logLevel', 'error']);
  console.log('Your own Python in headless Chromium (issue 14)');
  printPython(await benchPython({ productDir: PRODUCT_OUT_DIR }));
  console.log(`\nbench:python: done in ${fmt((performance.now() - started) / 1000, 1)} s`);
}
