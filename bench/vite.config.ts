// Builds the bench page (bench/page) into a temporary folder: nothing of the
// bench ships with the product. `public/` gives it msw's worker script.
import { defineConfig } from 'vite';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pyodideFiles } from '../src/python/vitePlugin.ts';

export const BENCH_OUT_DIR = resolve(tmpdir(), 'wsgi-explained-bench');

export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  publicDir: resolve(import.meta.dirname, '../public'),
  logLevel: 'warn',
  // The page runs a real session, whose python scene imports the sizes of CPython's files.
  plugins: [pyodideFiles()],
  worker: { format: 'es' },
  build: { outDir: BENCH_OUT_DIR, emptyOutDir: true, target: 'es2022' },
});
