/**
 * The browser's bridge: CPython in a module Web Worker, its files from the
 * site's own `pyodide/` folder. Loaded with `import()` only when a learner
 * presses Run in the "Your own Python" scene.
 */
import { sizes } from 'virtual:pyodide-files';
import { PythonBridge, type WorkerPort } from './bridge';

/** A request still running in CPython after this long is stopped (an endless loop). */
export const TIME_LIMIT_MS = 3000;

export function createBridge(): PythonBridge {
  return new PythonBridge({
    createWorker: () =>
      new Worker(new URL('./worker.ts', import.meta.url), {
        type: 'module',
        name: 'python',
      }) as unknown as WorkerPort,
    indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/`, document.baseURI).href,
    sizes,
    timeLimitMs: TIME_LIMIT_MS,
  });
}
