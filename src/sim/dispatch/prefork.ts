/**
 * prefork (gunicorn sync workers): N single-threaded workers forked at boot,
 * one request each at a time; the longest-idle free worker wins accept().
 */
import type { DispatchStrategy } from './strategy';

export const prefork = {
  model: 'prefork',
  masterAccepts: false,
  workersAtBoot: (d) => Math.max(1, d.processes),
  capacity: () => 1,
  acceptLimit: () => 1,
  threadsPerProcess: () => 1,
  singleLoop: false,
  gilHandoff: false,
  // Only the sync worker has gunicorn's arbiter timeout in this model of the world.
  watchdogMs: (d) => Math.max(0, d.timeoutMs),
  environ: (d) => ({ multithread: false, multiprocess: d.processes > 1, runOnce: false }),
} satisfies DispatchStrategy;
