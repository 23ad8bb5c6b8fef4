/**
 * The "current run": where apps and middleware record what a request costs.
 *
 * Like a Python contextvar, it is set for the duration of one synchronous
 * request and restored in `finally`, so nothing leaks into `environ`.
 * Generators run lazily while the server iterates them, inside the same run,
 * so their `cpu()`/`io()` steps land between the chunks they yield.
 */
import type { Step } from '../steps';
import type { TracePayload, WorkNote } from '../types';

interface Run {
  steps: Step[];
  actor: string;
}

let current: Run | null = null;

function need(): Run {
  if (!current) throw new Error('no request is running: call withRun() first');
  return current;
}

/** Run `fn` with a fresh step list; nested runs restore the outer one. */
export function withRun<T>(actor: string, fn: () => T): { steps: Step[]; value: T } {
  const saved = current;
  const run: Run = { steps: [], actor };
  current = run;
  try {
    return { steps: run.steps, value: fn() };
  } finally {
    current = saved;
  }
}

/** Python bytecode running for `ms` (needs a core and the GIL). */
export function cpu(ms: number, work: WorkNote): void {
  need().steps.push({ kind: 'cpu', ms, work });
}

/** Waiting on I/O for `ms`; `blocking` = invisible to an event loop (stalls it). */
export function io(ms: number, work: WorkNote, opts: { blocking?: boolean } = {}): void {
  need().steps.push({ kind: 'io', ms, work, blocking: opts.blocking ?? false });
}

export function emit(payload: TracePayload): void {
  need().steps.push({ kind: 'event', payload });
}

/** The actor of the worker running this request (`proc:12/thread:1`). */
export function runActor(): string {
  return need().actor;
}

/** A position in the current run, to measure cost from. */
export function mark(): number {
  return need().steps.length;
}

/** Virtual cost recorded since `from` (a `mark()`). */
export function costSince(from: number): { cpu: number; io: number } {
  const cost = { cpu: 0, io: 0 };
  for (const step of need().steps.slice(from)) {
    if (step.kind === 'cpu') cost.cpu += step.ms;
    else if (step.kind === 'io') cost.io += step.ms;
  }
  return cost;
}
