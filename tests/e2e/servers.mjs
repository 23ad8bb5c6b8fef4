// Starts `vite preview` servers for the browser tests and the bench.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

/** A TCP port free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Resolves when `url` answers any HTTP status, rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs} ms`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Runs `vite preview` on 127.0.0.1:<free port> and returns its URL as seen
 * through `hostname` (`127.0.0.1` or `localhost`: different sites to a browser).
 * `basePath` serves the build under a sub-path, as GitHub Pages does (`/repo/`).
 * Extra CLI args (e.g. `--outDir x`, `--config y`) go to vite.
 */
export async function startPreview({
  hostname = '127.0.0.1',
  basePath = '/',
  extraArgs = [],
} = {}) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--base',
      basePath,
      ...extraArgs,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://${hostname}:${port}${basePath}`;
  const exited = new Promise((_, fail) =>
    child.once('exit', (code) => fail(new Error(`vite preview exited (${code}):\n${log}`))),
  );
  exited.catch(() => {});
  await Promise.race([waitForHttp(url), exited]);
  return {
    url,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/** Runs `vite build` (extra args allowed); throws if it fails. */
export function build(extraArgs = []) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VITE, 'build', ...extraArgs], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (${code})`)),
    );
  });
}
