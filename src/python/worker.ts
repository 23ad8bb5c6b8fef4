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

/** Files loadPyodide fetches (counted as they stream) or imports (counted when the first fetch starts). */
const FETCHED = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const IMPORTED = 'pyodide.asm.mjs';

function countBytes(indexURL: string, sizes: Record<string, number>): void {
  const total = [...FETCHED, IMPORTED].reduce((sum, f) => sum + (sizes[f] ?? 0), 0);
  let loaded = 0;
  let importedCounted = false;
  let lastPost = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < 50) return;
    lastPost = now;
    post({ type: 'progress', loaded: Math.min(loaded, total), total });
  };
  const realFetch = self.fetch.bind(self);
  self.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.startsWith(indexURL) ? url.slice(indexURL.length).split('?')[0] : '';
    if (!FETCHED.includes(file)) return realFetch(input, init);
    if (!importedCounted) {
      importedCounted = true;
      loaded += sizes[IMPORTED] ?? 0;
    }
    const response = await realFetch(input, init);
    if (!response.body) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        report();
        controller.enqueue(chunk);
      },
      flush: () => report(true),
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

async function init(indexURL: string, sizes: Record<string, number>): Promise<void> {
  countBytes(indexURL, sizes);
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
        await init(m.indexURL, m.sizes);
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
