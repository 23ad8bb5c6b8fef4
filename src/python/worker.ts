/// <reference lib="webworker" />
/**
 * CPython's Web Worker. Loads Pyodide from the site's own `pyodide/` folder
 * (served by vitePlugin.ts), counting the bytes as they arrive, then runs the
 * learner's code through core.ts. Nothing here touches the page: the worker
 * has no DOM, Pyodide gets an empty `jsglobals`, and the learner's Python
 * cannot import `js` (core.ts). The page stops an endless loop by
 * terminating this worker.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import harness from './harness.py?raw';
import { startCore, type PythonCore } from './core';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: FromWorker) => self.postMessage(m);
let core: PythonCore | null = null;

/** The files CPython's start needs, fetched first to count their bytes (the HTTP cache then serves loadPyodide). */
const FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/**
 * Reads each file once with a streaming reader and reports the bytes as they
 * arrive. Only the first start does this: a restart after a time-out finds
 * them in the cache anyway.
 */
async function prefetch(indexURL: string, sizes: Record<string, number>): Promise<void> {
  const total = FILES.reduce((sum, f) => sum + (sizes[f] ?? 0), 0);
  let loaded = 0;
  let lastPost = 0;
  const report = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastPost < 50) return;
    lastPost = now;
    post({ type: 'progress', loaded: Math.min(loaded, total), total });
  };
  report(true);
  await Promise.all(
    FILES.map(async (file) => {
      const response = await fetch(indexURL + file);
      if (!response.ok || !response.body) throw new Error(`${file}: HTTP ${response.status}`);
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        report(false);
      }
    }),
  );
  report(true);
}

async function init(
  indexURL: string,
  sizes: Record<string, number>,
  count: boolean,
): Promise<void> {
  if (count) await prefetch(indexURL, sizes);
  const mod = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as {
    loadPyodide: typeof LoadPyodide;
  };
  const py = await mod.loadPyodide({
    indexURL,
    jsglobals: {},
    stdout: () => {},
    stderr: () => {},
  });
  core = startCore(py, harness);
}

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  try {
    switch (m.type) {
      case 'init':
        await init(m.indexURL, m.sizes, m.count);
        post({ type: 'ready' });
        return;
      case 'load':
        post({ type: 'loaded', id: m.id, result: core!.load(m.code, m.validate) });
        return;
      case 'serve':
        post({ type: 'served', id: m.id, recording: core!.serve(m.request) });
        return;
    }
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    if (m.type === 'init') post({ type: 'failed', message });
    else post({ type: 'crashed', id: m.id, message });
  }
};
