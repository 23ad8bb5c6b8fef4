/**
 * Vite plugin: serves CPython (the `pyodide` package's runtime files) from
 * the site itself, never from a CDN. In `vite dev` a middleware answers
 * `<base>pyodide/<file>` from node_modules; `vite build` copies the same
 * files to `dist/pyodide/`. Only the "Your own Python" scene's worker asks
 * for them, and only when the learner presses Run.
 *
 * `virtual:pyodide-files` tells the page each file's size, so the progress
 * bar counts bytes against a known total (whatever compression the host adds).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** What loadPyodide fetches or imports to start CPython with the standard library. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

const CONTENT_TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

export function pyodideDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pyodide/package.json'));
}

const VIRTUAL = 'virtual:pyodide-files';

export function pyodideFiles(): Plugin {
  const dir = pyodideDir();
  const sizes = Object.fromEntries(PYODIDE_FILES.map((f) => [f, statSync(join(dir, f)).size]));
  return {
    name: 'wsgi-explained-pyodide',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load: (id) => (id === `\0${VIRTUAL}` ? `export const sizes = ${JSON.stringify(sizes)};` : null),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const m = /\/pyodide\/([^/]+)$/.exec(path);
        const file = m && (PYODIDE_FILES as readonly string[]).includes(m[1]) ? m[1] : null;
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          CONTENT_TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
        );
        res.setHeader('Content-Length', String(sizes[file]));
        res.setHeader('Cache-Control', 'max-age=3600');
        createReadStream(join(dir, file)).pipe(res);
      });
    },
    generateBundle() {
      if (this.environment && this.environment.name !== 'client') return;
      for (const file of PYODIDE_FILES)
        this.emitFile({
          type: 'asset',
          fileName: `pyodide/${file}`,
          source: readFileSync(join(dir, file)),
        });
    },
  };
}
