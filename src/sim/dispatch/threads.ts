/**
 * threads (gunicorn gthread, mod_wsgi daemon): P processes × T threads, one
 * GIL per process; a thread waiting for the GIL makes the holder hand it over
 * after the switch interval.
 */
import type { DispatchStrategy } from './strategy';

export const threads = {
  model: 'threads',
  masterAccepts: false,
  workersAtBoot: (d) => Math.max(1, d.processes),
  capacity: (d) => Math.max(1, d.threads),
  threadsPerProcess: (d) => Math.max(1, d.threads),
  singleLoop: false,
  gilHandoff: true,
  watchdogMs: () => 0,
  environ: (d, t) => ({ multithread: t > 1, multiprocess: d.processes > 1, runOnce: false }),
} satisfies DispatchStrategy;
