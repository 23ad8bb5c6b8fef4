/**
 * fork per connection (CGI-like): the master accepts, forks a child (FORK_MS),
 * the child serves that one request and exits. Nothing is forked in advance.
 */
import type { DispatchStrategy } from './strategy';

export const fork = {
  model: 'fork',
  masterAccepts: true,
  workersAtBoot: () => 0,
  capacity: () => 1,
  acceptLimit: () => 1,
  threadsPerProcess: () => 1,
  singleLoop: false,
  gilHandoff: false,
  watchdogMs: () => 0,
  // Every request runs in a fresh process that exits afterwards: run_once is true.
  environ: () => ({ multithread: false, multiprocess: true, runOnce: true }),
} satisfies DispatchStrategy;
