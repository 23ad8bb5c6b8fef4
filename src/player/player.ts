/**
 * Replay with checkpoints: the state at step i is the fold of events 0..i.
 * Every CHECKPOINT_EVERY events a frozen copy is kept, so any step is at most
 * that many applications away: stepping back, scrubbing and deep links are
 * one mechanism, exact and fast on traces of thousands of events.
 */
import type { TraceEvent } from '../sim/types';
import { applyEvent } from './apply';
import { emptySnapshot, type Snapshot } from './snapshot';

export const CHECKPOINT_EVERY = 64;

export interface Player {
  readonly length: number;
  /** State after applying events[0..index]; index -1 is the empty stage. */
  at(index: number): Snapshot;
  event(index: number): TraceEvent;
  /** Append events (live requests); existing checkpoints stay valid. */
  append(events: TraceEvent[]): void;
}

/** Snapshots handed out are frozen: a panel that tried to patch one would throw, not corrupt the replay. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * `base` is the state before the first event: empty for a scene, or the
 * summary of older events a long-running timeline has let go of.
 */
export function createPlayer(initial: TraceEvent[] = [], base: Snapshot = emptySnapshot()): Player {
  const events: TraceEvent[] = [];
  // checkpoints[k] is the state after applying events[0 .. k*CHECKPOINT_EVERY - 1]
  const checkpoints: Snapshot[] = [structuredClone(base)];
  const tip = structuredClone(base); // state after all events, for cheap appends
  let last: { index: number; snap: Snapshot } | null = null;

  function push(e: TraceEvent): void {
    events.push(e);
    applyEvent(tip, e, events.length - 1);
    if (events.length % CHECKPOINT_EVERY === 0) checkpoints.push(structuredClone(tip));
  }

  function at(index: number): Snapshot {
    const i = Math.max(-1, Math.min(index, events.length - 1));
    if (last && last.index === i) return last.snap;
    let snap: Snapshot;
    let from: number;
    // Stepping forward by one from the last answer is the common case.
    if (last && last.index < i && i - last.index <= CHECKPOINT_EVERY) {
      snap = structuredClone(last.snap);
      from = last.index + 1;
    } else {
      const k = Math.floor((i + 1) / CHECKPOINT_EVERY);
      snap = structuredClone(checkpoints[k]);
      from = k * CHECKPOINT_EVERY;
    }
    for (let j = from; j <= i; j++) applyEvent(snap, events[j], j);
    deepFreeze(snap);
    last = { index: i, snap };
    return snap;
  }

  for (const e of initial) push(e);

  return {
    get length() {
      return events.length;
    },
    at,
    event(index) {
      return events[index];
    },
    append(more) {
      for (const e of more) push(e);
    },
  };
}

/** The events themselves, for panels that list them (the Python code view, the log). */
export function eventsOf(player: Player, from: number, to: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, player.length - 1); i++)
    out.push(player.event(i));
  return out;
}
