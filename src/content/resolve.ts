/** Ties lesson steps to trace events: used by the validator and by the UI. */
import type { TraceEvent } from '../sim/types';
import type { Anchor, Lesson } from './lesson';

/** Index in `events` of the event an anchor names, or -1 when there is none. */
export function findAnchor(anchor: Anchor, events: readonly TraceEvent[]): number {
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.type !== anchor.type) continue;
    if (anchor.rid !== undefined && e.rid !== anchor.rid) continue;
    if (++count === anchor.nth) return i;
  }
  return -1;
}

/** The event index each step starts at (-1 for an anchor that does not resolve). */
export function resolveAnchors(lesson: Lesson, events: readonly TraceEvent[]): number[] {
  return lesson.steps.map((s) => findAnchor(s.anchor, events));
}

/**
 * The step whose text is shown at `eventIndex`: the last step whose event is at
 * or before it; -1 (the introduction) before the first step's event.
 */
export function stepAt(lesson: Lesson, anchorsIdx: readonly number[], eventIndex: number): number {
  for (let s = Math.min(lesson.steps.length, anchorsIdx.length) - 1; s >= 0; s--) {
    const at = anchorsIdx[s];
    if (at >= 0 && at <= eventIndex) return s;
  }
  return -1;
}
