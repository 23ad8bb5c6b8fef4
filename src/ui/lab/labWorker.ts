/// <reference lib="webworker" />
/** The lab's engine off the main thread: settings in, a LabRun out (with progress per lane). */
import { runJob, type WorkerReply, type WorkerRequest } from './job';

const post = (reply: WorkerReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  const { id, settings } = e.data;
  try {
    const run = runJob(settings, (done, total) => post({ id, kind: 'progress', done, total }));
    post({ id, kind: 'done', run });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
