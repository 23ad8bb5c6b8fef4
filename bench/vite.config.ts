// Builds the bench page (bench/page) into a temporary folder: nothing of the
// bench ships with the product. `public/` gives it msw's worker script.
import { defineConfig } from 'vite';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

export const BENCH_OUT_DIR = resolve(tmpdir(), 'wsgi-explained-bench');

export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  publicDir: resolve(import.meta.dirname, '../public'),
  logLevel: 'warn',
  build: { outDir: BENCH_OUT_DIR, emptyOutDir: true, target: 'es2022' },
});
