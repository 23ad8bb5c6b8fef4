/**
 * The layers of the learner's own Python (the "Your own Python" scene) to draw:
 * those of the latest request their code served. The learner edits and runs
 * new code in the same world, so earlier requests went through other stacks;
 * drawing every layer ever seen kept removed layers on the figure.
 */
import type { TraceEvent } from '../../sim/types';

interface Served {
  /** Index → name of each layer this request entered. */
  entered: Map<number, string>;
  /** The request reached the app: every layer was entered on the way in. */
  reachedApp: boolean;
  /** CPython was stopped (an endless loop): what it entered is unknown. */
  timedOut: boolean;
}

/**
 * Names of the learner's layers, outermost first, from the latest request that
 * says what its stack was; null when their code served no request (or the trace
 * is not of their code). A request stopped by the time limit, or answered
 * "press Run", says nothing about the stack, so the one before it counts.
 */
export function learnerStack(events: readonly TraceEvent[]): string[] | null {
  const served = new Map<number, Served>();
  const of = (rid: number): Served => {
    let s = served.get(rid);
    if (!s) served.set(rid, (s = { entered: new Map(), reachedApp: false, timedOut: false }));
    return s;
  };
  for (const e of events) {
    if (e.rid === null) continue;
    if (e.type === 'middleware.enter' && e.note.code === 'python.enter')
      of(e.rid).entered.set(e.index, e.note.name);
    else if (e.type === 'app.enter' && e.app === 'python') of(e.rid).reachedApp = true;
    else if (e.type === 'app.step' && e.note.code === 'python.time_limit')
      of(e.rid).timedOut = true;
  }
  // Latest first: map order is the order each request first reached the learner's code.
  for (const s of [...served.values()].reverse()) {
    if (s.timedOut && s.entered.size === 0) continue;
    if (s.entered.size === 0 && !s.reachedApp) continue;
    const depth = Math.max(-1, ...s.entered.keys()) + 1;
    return Array.from({ length: depth }, (_, i) => s.entered.get(i) ?? `middleware[${i}]`);
  }
  return null;
}
