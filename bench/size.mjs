// What ships before the first frame: each HTML entry's script, the chunks it
// imports statically and their CSS (read from Vite's manifest), raw and
// gzipped, next to an empty Vite + React page built the same way.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../tests/e2e/servers.mjs';

/** The product, built with a manifest into a temporary folder (dist/ is never touched). */
export const PRODUCT_OUT_DIR = resolve(tmpdir(), 'wsgi-explained-bench-site');
/** Where bench/baseline.config.ts builds the empty page (kept in step with that file). */
export const BASELINE_OUT_DIR = resolve(tmpdir(), 'wsgi-explained-bench-baseline');
export const BASELINE_CONFIG = ['--config', 'bench/baseline.config.ts'];
export const EMBED_BUDGET_GZIP = 100 * 1024;

export async function buildForBench() {
  await build(['--outDir', PRODUCT_OUT_DIR, '--emptyOutDir', '--manifest', '--logLevel', 'error']);
  await build([...BASELINE_CONFIG, '--logLevel', 'error']);
  return { product: PRODUCT_OUT_DIR, baseline: BASELINE_OUT_DIR };
}

/** The static import graph of `entry` (an HTML file's manifest key): files and css, and every module source in it. */
export function firstFrame(outDir, entry) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const seen = new Set();
  const js = [];
  const css = new Set();
  const sources = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    js.push(chunk.file);
    if (chunk.src) sources.push(chunk.src);
    for (const c of chunk.css ?? []) css.add(c);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(entry);
  const measure = (files) =>
    files.reduce(
      (sum, f) => {
        const bytes = readFileSync(join(outDir, f));
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
      },
      { raw: 0, gzip: 0 },
    );
  // Module ids inside each chunk are not in the manifest; the chunk text says whether msw is there.
  const mswInside = js.some((f) =>
    /\[MSW\]|INTEGRITY_CHECK_REQUEST|MOCK_ACTIVATE/.test(readFileSync(join(outDir, f), 'utf8')),
  );
  return {
    js: measure(js),
    css: measure([...css]),
    files: js.length + css.size,
    mswInside,
    sources,
  };
}
