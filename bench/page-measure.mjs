// What bench:page measures in a page (run inside it with page.evaluate), and
// the builds it measures. See roundtrip-page.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, VITE } from '../tests/e2e/servers.mjs';

export const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
export const stats = (xs) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95), n: xs.length });
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** ms of each of `count` sequential fetches of `url` (body read). */
export function sequential(page, url, count) {
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
export function frames(page, seconds, url = '', perSecond = 0) {
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

export async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.server, null, {
    polling: 100,
    timeout: 20_000,
  });
}

function run(args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd, stdio: 'inherit' });
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite ${args[0]} failed (${code})`)),
    );
  });
}

/** Builds the working tree's site into `outDir`. */
export function buildProduct(outDir) {
  return run(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], ROOT);
}

/** Builds the bare msw page (bench/page) into `outDir`. */
export function buildBare(outDir) {
  return run(
    ['build', '--config', 'bench/vite.config.ts', '--outDir', outDir, '--emptyOutDir'],
    ROOT,
  );
}

/**
 * Builds the site as it was at git `ref` into `outDir`: the committed files
 * of that commit (git archive) in a folder of their own, with this tree's
 * node_modules.
 */
export async function buildRef(ref, srcDir, outDir) {
  rmSync(srcDir, { recursive: true, force: true });
  mkdirSync(srcDir, { recursive: true });
  const archive = spawnSync(
    'sh',
    ['-c', `git archive --format=tar "$0" | tar -x -C "$1"`, ref, srcDir],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (archive.status !== 0) throw new Error(`git archive ${ref} failed`);
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(srcDir, 'node_modules'));
  await run(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], srcDir);
}
