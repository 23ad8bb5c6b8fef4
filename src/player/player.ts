/**
 * The timeline as an immutable value. The state at step i is the fold of
 * events 0..i; every CHECKPOINT_EVERY events the state is kept, so any step is
 * at most that many applications away: stepping back, scrubbing and deep
 * links are one mechanism.
 *
 * States are immutable (mutative, see produce.ts): folding an event copies only what it changes,
 * so checkpoints share every request, process and environ that did not change
 * between them. A long session costs what its events cost, not a full copy of
 * the stage per checkpoint.
 */
import { frozen as freeze, produce } from './produce';
import type { TraceEvent } from '../sim/types';
import { applyEvent } from './apply';
import { emptySnapshot, type Snapshot } from './snapshot';

export const CHECKPOINT_EVERY = 64;

export interface Player {
  readonly length: number;
  /** State after applying events[0..index]; index -1 is the state before the first event. */
  at(index: number): Snapshot;
  event(index: number): TraceEvent;
  /** A new timeline with `events` after this one's (this one is unchanged). */
  append(events: readonly TraceEvent[]): Player;
}

/** Append-only storage several Player values may share (each sees its own prefix). */
interface Store {
  events: TraceEvent[];
  /** checkpoints[k]: the state after events[0 .. k*CHECKPOINT_EVERY - 1]. */
  checkpoints: Snapshot[];
}

function fold(from: Snapshot, events: readonly TraceEvent[], start: number, end: number): Snapshot {
  if (start >= end) return from;
  return produce(from, (draft) => {
    for (let j = start; j < end; j++) applyEvent(draft as Snapshot, events[j], j);
  });
}

function view(store: Store, length: number, tip: Snapshot): Player {
  let last: { index: number; snap: Snapshot } | null = null;

  function at(index: number): Snapshot {
    const i = Math.max(-1, Math.min(index, length - 1));
    if (i === length - 1) return tip;
    if (last && last.index === i) return last.snap;
    let snap: Snapshot;
    // Stepping forward from the last answer is the common case.
    if (last && last.index < i && i - last.index <= CHECKPOINT_EVERY)
      snap = fold(last.snap, store.events, last.index + 1, i + 1);
    else {
      const k = Math.floor((i + 1) / CHECKPOINT_EVERY);
      snap = fold(store.checkpoints[k], store.events, k * CHECKPOINT_EVERY, i + 1);
    }
    last = { index: i, snap };
    return snap;
  }

  return {
    length,
    at,
    event: (index) => store.events[index],
    append(more) {
      if (more.length === 0) return this;
      // Another value already appended to the shared storage: this one branches off with a copy.
      const own: Store =
        store.events.length === length
          ? store
          : {
              events: store.events.slice(0, length),
              checkpoints: store.checkpoints.slice(0, Math.floor(length / CHECKPOINT_EVERY) + 1),
            };
      let state = tip;
      let i = 0;
      while (i < more.length) {
        const n = own.events.length;
        // Fold up to the next checkpoint boundary at most, then keep that state.
        const room = CHECKPOINT_EVERY - (n % CHECKPOINT_EVERY);
        const part = more.slice(i, i + room);
        own.events.push(...part);
        state = fold(state, own.events, n, n + part.length);
        if (own.events.length % CHECKPOINT_EVERY === 0) own.checkpoints.push(state);
        i += part.length;
      }
      return view(own, own.events.length, state);
    },
  };
}

/**
 * `base` is the state before the first event: empty for a scene, or the
 * summary of older events a long-running timeline has let go of.
 */
export function createPlayer(
  initial: readonly TraceEvent[] = [],
  base: Snapshot = emptySnapshot(),
): Player {
  const frozen = freeze(base);
  return view({ events: [], checkpoints: [frozen] }, 0, frozen).append(initial);
}

/** The events themselves, for panels that list them (the Python code view, the log). */
export function eventsOf(player: Player, from: number, to: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, player.length - 1); i++)
    out.push(player.event(i));
  return out;
}
