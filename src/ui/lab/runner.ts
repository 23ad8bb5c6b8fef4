/**
 * Runs the lab in a Web Worker when the browser has one (a run takes 0.5–5 s),
 * inline otherwise (tests, old browsers). A newer run supersedes an older one.
 */
import type { LabRun } from '../../lab/types';
import type { WorkerReply } from './job';
import type { LabSettings } from './settings';

export interface Runner {
  run(settings: LabSettings, onProgress: (done: number, total: number) => void): Promise<LabRun>;
  dispose(): void;
}

export function createRunner(): Runner {
  let worker: Worker | null = null;
  let failed = typeof Worker === 'undefined';
  let nextId = 0;
  const pending = new Map<
    number,
    {
      resolve: (r: LabRun) => void;
      reject: (e: Error) => void;
      progress: (d: number, t: number) => void;
    }
  >();

  const ensureWorker = (): Worker | null => {
    if (failed) return null;
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
        const job = pending.get(e.data.id);
        if (!job) return;
        if (e.data.kind === 'progress') job.progress(e.data.done, e.data.total);
        else {
          pending.delete(e.data.id);
          if (e.data.kind === 'done') job.resolve(e.data.run);
          else job.reject(new Error(e.data.message));
        }
      });
      worker.addEventListener('error', (e) => {
        // The worker could not start (or crashed): fall back to running inline.
        e.preventDefault?.();
        failed = true;
        worker?.terminate();
        worker = null;
        for (const [, job] of pending) job.reject(new Error('worker-failed'));
        pending.clear();
      });
      return worker;
    } catch {
      failed = true;
      return null;
    }
  };

  // The engine is imported only when a run happens inline (it stays out of the page's first frame).
  const inline = (settings: LabSettings, onProgress: (d: number, t: number) => void) =>
    import('./job').then(
      ({ runJob }) =>
        new Promise<LabRun>((resolve, reject) => {
          setTimeout(() => {
            try {
              resolve(runJob(settings, onProgress));
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          }, 0);
        }),
    );

  return {
    run(settings, onProgress) {
      // Only the newest run matters: a busy worker is stopped and a fresh one started.
      if (pending.size > 0) {
        worker?.terminate();
        worker = null;
        for (const [, job] of pending) job.reject(new Error('superseded'));
        pending.clear();
      }
      const w = ensureWorker();
      if (!w) return inline(settings, onProgress);
      const id = ++nextId;
      return new Promise<LabRun>((resolve, reject) => {
        pending.set(id, { resolve, reject, progress: onProgress });
        w.postMessage({ id, settings: structuredClone(settings) });
      }).catch((error: Error) => {
        if (error.message === 'worker-failed') return inline(settings, onProgress);
        throw error;
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
