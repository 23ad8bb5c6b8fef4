/**
 * threads (gunicorn gthread, mod_wsgi daemon): P processes × T threads, one
 * GIL per process; a thread waiting for the GIL makes the holder hand it over
 * after the switch interval. A worker whose threads are all busy still
 * accepts, up to worker_connections, and queues the connections itself.
 */
import type { DispatchStrategy } from './strategy';

export const threads = {
  model: 'threads',
  masterAccepts: false,
  workersAtBoot: (d) => Math.max(1, d.processes),
  capacity: (d) => Math.max(1, d.threads),
  // gthread keeps accepting while its threads are busy, up to worker_connections, and
  // queues the connections for its thread pool: they wait in the worker, not in the listen queue.
  acceptLimit: (d) => Math.max(1, d.threads, d.connectionsPerWorker),
  threadsPerProcess: (d) => Math.max(1, d.threads),
  singleLoop: false,
  gilHandoff: true,
  watchdogMs: () => 0,
  environ: (d, t) => ({ multithread: t > 1, multiprocess: d.processes > 1, runOnce: false }),
} satisfies DispatchStrategy;
