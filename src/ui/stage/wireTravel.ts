/**
 * Pure: which stretch of the wires (wirePlaces.ts) the current request is on
 * at a step, read from the step's event, and the path a traveller takes along
 * it.
 */
import type { TraceEvent } from '../../sim/types';
import { join, type Point, type Segment } from './wirePlaces';

/** Where the current request is on the wires at a step. */
export interface Travel {
  /** Segments lit (the stretch it has just travelled, or is about to). */
  lit: string[];
  /** `in`: towards the app; `out`: the response on its way back. */
  dir: 'in' | 'out';
  /** It moved along `lit` at this step (drawn travelling; otherwise only lit). */
  moved: boolean;
  /** A layer answered the request itself: it turns around here. */
  turn: string | null;
  /** A body chunk leaving the WSGI server at this step. */
  chunk: { bytes: number } | null;
}

/** The stop a box belongs to (a process or thread: the worker stop). */
export function stopOfBox(box: string): string {
  if (box === 'done') return 'clients';
  if (box === 'queue') return 'listener';
  if (box === 'dispatch' || box.startsWith('proc:') || box.startsWith('thread:')) return 'worker';
  return box;
}

function between(ids: string[], a: number, b: number): string[] {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const out: string[] = [];
  for (let i = lo; i < hi; i++) out.push(`${ids[i]}>${ids[i + 1]}`);
  return out;
}

/** A box that answers the request itself (a proxy, a middleware layer): it turns around there. */
const TURNS = new Set(['web.static', 'http.reject', 'proxy.upstream_error']);
const OUT_MOVES = new Set([
  'middleware.exit',
  'middleware.respond',
  'thread.release',
  'client.receive',
  'client.error',
]);
const IN_MOVES = new Set([
  'http.parse',
  'proxy.forward',
  'listener.enqueue',
  'listener.accept',
  'worker.queue',
  'thread.assign',
  'wsgi.environ',
  'middleware.enter',
  'app.enter',
]);

/**
 * The stretch of wire lit for the current request at box `at`, from the
 * event of the step: a move lights the wire it came along (in: from the stop
 * before; out: from the stop after it, or from where the response came), any
 * other event lights the same stretch without travelling.
 */
export function travelOf(
  ev: TraceEvent | null,
  direction: 'in' | 'out',
  at: string,
  stops: string[],
): Travel {
  const none: Travel = { lit: [], dir: direction, moved: false, turn: null, chunk: null };
  const here = stops.indexOf(stopOfBox(at));
  if (here < 0 || stops.length < 2) return none;
  const type = ev?.type ?? '';
  if ((type === 'wsgi.chunk' || type === 'wsgi.write') && stops.includes('wsgi')) {
    const w = stops.indexOf('wsgi');
    const bytes = (ev as { bytes: number }).bytes;
    return { ...none, lit: between(stops, 0, w), dir: 'out', moved: true, chunk: { bytes } };
  }
  const answers =
    type === 'middleware.respond' && (ev as { how?: string } | null)?.how === 'answer';
  if (TURNS.has(type) || answers)
    return { ...none, lit: between(stops, Math.max(0, here - 1), here), dir: 'out', turn: at };
  if (here === 0) {
    // At the client: leaving (the first stretch), or answered (it came back along it).
    return direction === 'in'
      ? { ...none, lit: between(stops, 0, 1) }
      : { ...none, lit: between(stops, 0, 1), dir: 'out', moved: OUT_MOVES.has(type) };
  }
  if (direction === 'in' || type === 'app.exit')
    return { ...none, lit: between(stops, here - 1, here), moved: IN_MOVES.has(type) };
  // On the way back: from the worker (released to the proxy) or from the next stop in.
  if (type === 'thread.release' && stops.includes('worker'))
    return { ...none, lit: between(stops, here, stops.indexOf('worker')), moved: true };
  const from = Math.min(here + 1, stops.length - 1);
  return { ...none, lit: between(stops, here, from), moved: OUT_MOVES.has(type) };
}

/** The lit segments' polylines in the direction of travel (each reversed on the way back). */
export function litParts(segments: Segment[], t: Travel): Point[][] {
  const parts = segments.filter((s) => t.lit.includes(s.id)).map((s) => s.points);
  return t.dir === 'out' ? parts.reverse().map((p) => [...p].reverse()) : parts;
}

/**
 * One path along the lit segments in the direction of travel, for a
 * traveller: where it passes a station it crosses along the card's top edge
 * (not over its title).
 */
export function travelPoints(segments: Segment[], t: Travel): Point[] {
  const lit = segments.filter((s) => t.lit.includes(s.id));
  let pts: Point[] = [];
  for (const s of lit) {
    const last = pts[pts.length - 1];
    const first = s.points[0];
    if (last && (last[0] !== first[0] || last[1] !== first[1]))
      pts.push([last[0], s.top], [first[0], s.top]);
    pts = join(pts, s.points);
  }
  return t.dir === 'out' ? pts.reverse() : pts;
}

/** Keyframes for a traveller along `points` (a transform per vertex, offsets by distance). */
export function travelFrames(points: Point[]): { transform: string; offset: number }[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    lengths.push(lengths[i - 1] + Math.hypot(x1 - x0, y1 - y0));
  }
  const total = lengths[lengths.length - 1] || 1;
  return points.map(([x, y], i) => ({
    transform: `translate(${x}px, ${y}px) translate(-50%, -50%)`,
    offset: Math.round((lengths[i] / total) * 1000) / 1000,
  }));
}
