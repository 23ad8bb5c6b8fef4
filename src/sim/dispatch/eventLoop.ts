/**
 * event loop (gevent-like): one loop thread per process holding up to
 * `connectionsPerWorker` connections; I/O overlaps, Python code and blocking
 * calls stall the whole loop, and a busy loop cannot accept().
 */
import type { DispatchStrategy } from './strategy';

export const eventLoop = {
  model: 'event',
  masterAccepts: false,
  workersAtBoot: (d) => Math.max(1, d.processes),
  capacity: (d) => Math.max(1, d.connectionsPerWorker),
  acceptLimit: (d) => Math.max(1, d.connectionsPerWorker),
  threadsPerProcess: () => 1,
  singleLoop: true,
  gilHandoff: false,
  watchdogMs: () => 0,
  environ: (d) => ({ multithread: false, multiprocess: d.processes > 1, runOnce: false }),
} satisfies DispatchStrategy;
