/**
 * What the engine asks a dispatch model. Each model answers in its own module
 * (fork.ts, prefork.ts, threads.ts, eventLoop.ts); the engine keeps the
 * mechanisms (accept queue, GIL, cores, timers) and reads only these answers,
 * so a model's behaviour is found in one place instead of in `model ===`
 * branches across the engine.
 *
 * Plain data and pure functions of the configuration: nothing here touches a
 * World, so the UI and the load lab can ask the same questions.
 */
import type { DispatchConfig, DispatchModel } from '../types';

/** PEP 3333's three environ flags about the server's concurrency. */
export interface EnvironFlags {
  multithread: boolean;
  multiprocess: boolean;
  runOnce: boolean;
}

export interface DispatchStrategy {
  readonly model: DispatchModel;
  /**
   * The master itself accept()s and forks one child per connection (no workers
   * are forked in advance); otherwise workers accept from the shared socket.
   */
  readonly masterAccepts: boolean;
  /** Worker processes the master forks at boot. */
  workersAtBoot(d: DispatchConfig): number;
  /** Requests one worker process may hold at once (threads, loop connections, or 1). */
  capacity(d: DispatchConfig): number;
  /**
   * Connections one worker process accepts at once (>= capacity). Beyond
   * `capacity` they wait inside the worker for a thread instead of in the
   * listen queue (gunicorn gthread's worker_connections).
   */
  acceptLimit(d: DispatchConfig): number;
  /** OS threads in one worker process. */
  threadsPerProcess(d: DispatchConfig): number;
  /**
   * One loop runs every connection of a process: while it runs Python or sits
   * in a blocking call it cannot accept(), starting an I/O wait is loop code,
   * a blocking call stalls every connection on it, and an accepted
   * connection's handler waits behind the callbacks already ready.
   */
  readonly singleLoop: boolean;
  /**
   * A thread holding the GIL drops it after the switch interval when another
   * thread of its process waits for it (CPython's eval-loop handoff).
   */
  readonly gilHandoff: boolean;
  /** gunicorn's arbiter timeout for a silent worker, in ms; 0 = no watchdog. */
  watchdogMs(d: DispatchConfig): number;
  /** wsgi.multithread / wsgi.multiprocess / wsgi.run_once for a process with `threads` threads. */
  environ(d: DispatchConfig, threads: number): EnvironFlags;
}
