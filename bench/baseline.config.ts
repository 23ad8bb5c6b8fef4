// Builds bench/baseline-page (an empty Vite + React page) the way the product
// is built, into a temporary folder, with a manifest for the size figures.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

export const BASELINE_OUT_DIR = resolve(tmpdir(), 'wsgi-explained-bench-baseline');

export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline-page'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: BASELINE_OUT_DIR, emptyOutDir: true, target: 'es2022', manifest: true },
});
