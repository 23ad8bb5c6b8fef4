/**
 * Pure: an event-loop worker as a ring (LoopRing.tsx): its connections on
 * it, the callback running now, whether a blocking call has frozen it, and
 * how far the ring has turned. A function of the snapshot only.
 */
import type { ProcessView, Snapshot } from '../../player/snapshot';

export interface LoopSlot {
  rid: number;
  /** The callback the loop is running now. */
  running: boolean;
  /** Waiting on I/O the loop watches (or, for `block`, the call that stalls it). */
  doing: 'cpu' | 'io' | 'block' | null;
  /** Position on the ring, in percent of the ring's box (centre 50/50). */
  x: number;
  y: number;
}

export interface LoopView {
  slots: LoopSlot[];
  /** A blocking call holds the loop: nothing on it moves until it returns. */
  frozen: boolean;
  /** The blocking call's work code (`work.sleep`, …) while frozen. */
  blockedBy: string | null;
  /** Angle (deg, clockwise from 12 o'clock) of the loop's hand at the running callback; null when none runs. */
  hand: number | null;
  /** Connections beyond the ring's room. */
  more: number;
  /**
   * The ring's turn (deg): it advances with virtual time and stops while a
   * blocking call holds the loop. Not wrapped at 360, so stepping forward
   * always turns it forward.
   */
  turn: number;
}

/** Degrees the ring turns per millisecond of virtual time. */
export const TURN_PER_MS = 4;

export const RING_SLOTS = 10;
/** The ring's radius, percent of its box. */
export const RING_RADIUS = 40;

export function loopView(snap: Snapshot, proc: ProcessView, max = RING_SLOTS): LoopView {
  const frozen = proc.alive && proc.stalledUntil !== null && snap.t < proc.stalledUntil;
  const tids = Object.keys(proc.busy)
    .map(Number)
    .sort((a, b) => a - b);
  const shown = tids.slice(0, max);
  const ev = snap.event;
  // The callback running now: the one the current event is about, doing CPU work.
  const runningTid =
    ev && ev.type === 'work.cpu' && ev.pid === proc.pid && proc.busy[ev.tid] !== undefined
      ? ev.tid
      : (shown.find((tid) => proc.doing[tid] === 'block') ?? null);
  const n = Math.max(shown.length, 1);
  const slots = shown.map((tid, i) => {
    const angle = (i / n) * 2 * Math.PI;
    return {
      rid: proc.busy[tid],
      running: tid === runningTid,
      doing: proc.doing[tid] ?? null,
      x: round(50 + RING_RADIUS * Math.sin(angle)),
      y: round(50 - RING_RADIUS * Math.cos(angle)),
    };
  });
  const at = runningTid !== null ? shown.indexOf(runningTid) : -1;
  const hand = at >= 0 ? (at / n) * 360 : null;
  return {
    slots,
    frozen,
    blockedBy: frozen ? proc.blockedBy : null,
    hand,
    more: tids.length - shown.length,
    turn: Math.round((frozen && proc.stalledAt !== null ? proc.stalledAt : snap.t) * TURN_PER_MS),
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The Python call a blocking wait stands for, by its work code (code text, not translated). */
export function blockingCall(code: string | null): string {
  switch (code) {
    case 'work.sleep':
      return 'time.sleep()';
    case 'work.db_query':
      return 'cursor.execute()';
    case 'work.read_file':
      return 'file.read()';
    case null:
      return '…';
    default:
      // A long CPU step (an event loop runs one callback at a time).
      return `${code.replace(/^work\./, '')}()`;
  }
}
