import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lessonCheck, lessonModules } from './src/content/vitePlugin';
import { oembed } from './src/embed/oembedPlugin';
import { pyodideFiles } from './src/python/vitePlugin';

// The deploy URL for the oEmbed files: SITE_URL (the Pages workflow sets it), else package.json's homepage.
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  homepage?: string;
};
const siteUrl = process.env.SITE_URL || pkg.homepage;

// `base: './'` keeps every asset URL relative, so the built site works from any
// static file server and under any sub-path (GitHub Pages `/repo/`).
export default defineConfig({
  base: './',
  // lessonModules turns content/<lang>/<scene>.md?lesson into the parsed lesson (no Markdown parser in the browser);
  // lessonCheck fails the build when a lesson's step doesn't resolve in its scene's trace.
  // oembed writes dist/oembed/<scene>.json with absolute URLs when the site URL is known (none, with a warning, when not).
  // pyodideFiles serves CPython's files from the site itself (dev) and copies them to dist/pyodide/ (build).
  plugins: [react(), lessonModules(), lessonCheck(), oembed({ siteUrl }), pyodideFiles()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
});
