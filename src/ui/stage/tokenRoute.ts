/**
 * Pure: the way a request token travels from one token area to another along
 * the drawn wires (wirePlaces.ts), and its keyframes. A token leaving a box
 * goes out to the wire, along the wire's points, and into the next box; where
 * the path passes a station between the two it crosses along the card's top
 * edge (as the wire's dot does). Tokens moving inside one stop (a queue slot,
 * another thread of the same process), from one middleware layer to the next
 * (or the app) inside the onion, or between areas not on the path have no
 * route: they move straight. Nothing here reads the DOM.
 */
import type { Rect } from './tokenPlaces';
import { MARGIN, type Point, type Segment, type Stop } from './wirePlaces';
import { stopOfBox } from './wireTravel';

/** A token's place: its area and its box (top-left, size) in the stage's coordinates. */
export interface Spot {
  area: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The drawn path at this step: its stops, its segments and the boxes' rects they came from. */
export interface RoutePath {
  stops: Stop[];
  segments: Segment[];
  boxes: Record<string, Rect>;
}

/** The stop a token area belongs to ('queue:2' is a slot of the listener). */
export function areaStop(area: string): string {
  return stopOfBox(area.startsWith('queue:') ? 'queue' : area);
}

/** The process card a worker area belongs to ('thread:7:2' → 'proc:7'), else null. */
function procOf(area: string): string | null {
  if (area.startsWith('proc:')) return area;
  if (area.startsWith('thread:')) return `proc:${area.split(':')[1]}`;
  return null;
}

const centre = (s: Spot): Point => [s.x + s.w / 2, s.y + s.h / 2];

/**
 * The worker end of a segment when the token's own process is not the one
 * the wire drops into: the wire up to the processes station's edge, then down
 * its margin to the token's height (`at`; none when it only passes by).
 */
function trimmed(seg: Segment, end: 'to' | 'from', station: Rect, at: Point | null): Point[] {
  const pts = seg.points;
  if (end === 'to') {
    const i = pts.findIndex(([x]) => x === station.x);
    if (i < 0) return pts;
    const [, bus] = pts[i];
    const side = station.x + MARGIN;
    return [
      ...pts.slice(0, i + 1),
      ...(at
        ? ([
            [side, bus],
            [side, at[1]],
          ] as Point[])
        : []),
    ];
  }
  const right = station.x + station.w;
  const i = pts.findLastIndex(([x]) => x === right);
  if (i < 0) return pts;
  const [, bus] = pts[i];
  const side = right - MARGIN;
  return [
    ...(at
      ? ([
          [side, at[1]],
          [side, bus],
        ] as Point[])
      : []),
    ...pts.slice(i),
  ];
}

/**
 * The centre points a token passes through from `from` to `to` (both ends
 * included), or null when it moves straight: the same stop, an area off the
 * path, or a stretch of the path not drawn.
 */
export function tokenRoute(from: Spot, to: Spot, path: RoutePath): Point[] | null {
  const ids = path.stops.map((s) => s.id);
  const a = ids.indexOf(areaStop(from.area));
  const b = ids.indexOf(areaStop(to.area));
  if (a < 0 || b < 0 || a === b) return null;
  // Inside the onion the next layer is the box right below: the wire's ports are left of the
  // layers' names, so going out to them would sweep over the names and back. Straight down.
  if (path.stops[a].kind === 'layer' && path.stops[b].kind === 'layer') return null;
  const [lo, hi] = a < b ? [from, to] : [to, from];
  const loStop = ids[Math.min(a, b)];
  const hiStop = ids[Math.max(a, b)];
  // The segments from the lower stop to the higher one, in path order.
  const start = path.segments.findIndex((s) => s.from === loStop);
  if (start < 0) return null;
  const chain: Segment[] = [];
  for (let i = start; i < path.segments.length; i++) {
    chain.push(path.segments[i]);
    if (path.segments[i].to === hiStop) break;
  }
  if (chain[chain.length - 1]?.to !== hiStop) return null;
  const stopOf = new Map(path.stops.map((s) => [s.id, s]));
  let pts: Point[] = [];
  for (const seg of chain) {
    let part = seg.points;
    let top = seg.top;
    for (const end of ['to', 'from'] as const) {
      const stop = stopOf.get(seg[end]);
      const station = stop?.station ? path.boxes[stop.station] : undefined;
      if (stop?.kind !== 'worker' || !station) continue;
      // The token's own end at this stop (none when it passes the processes by).
      const own = seg[end] === hiStop ? hi : seg[end] === loStop ? lo : null;
      if (own && procOf(own.area) === stop.proc) continue;
      part = trimmed({ ...seg, points: part }, end, station, own ? centre(own) : null);
      if (end === 'from') top = station.y;
    }
    const last = pts[pts.length - 1];
    const first = part[0];
    if (last && first && (last[0] !== first[0] || last[1] !== first[1]))
      pts.push([last[0], top], [first[0], top]);
    pts.push(...part);
  }
  pts = [centre(lo), ...pts, centre(hi)];
  if (a > b) pts.reverse();
  // No zero-length legs (a keyframe per distinct point).
  return pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
}

/** How long a route of `length` px takes: about the spring's time, a little longer when far. */
export function routeSeconds(length: number): number {
  return Math.round(Math.min(0.75, 0.45 + length / 4000) * 100) / 100;
}

/** How small a token is drawn while on the wire (its full size in a box): it covers fewer titles. */
export const ON_WIRE = 0.6;

export interface RouteFrames {
  /** Top-left keyframes; the first is null: from wherever the token is now. */
  x: (number | null)[];
  y: (number | null)[];
  /** Its size on the way: full in the boxes, ON_WIRE along the wire (about its centre). */
  scale: (number | null)[];
  /** Offsets (0..1) of the keyframes, by distance along the route. */
  times: number[];
  duration: number;
}

/** Keyframes for a token of size `w`×`h` along `points` (its centre's route). */
export function routeFrames(points: Point[], w: number, h: number): RouteFrames {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    lengths.push(lengths[i - 1] + Math.hypot(x1 - x0, y1 - y0));
  }
  const total = lengths[lengths.length - 1] || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    x: points.map(([x], i) => (i === 0 ? null : round(x - w / 2))),
    y: points.map(([, y], i) => (i === 0 ? null : round(y - h / 2))),
    scale: points.map((_, i) => (i === 0 ? null : i === points.length - 1 ? 1 : ON_WIRE)),
    times: lengths.map((l) => Math.round((l / total) * 1000) / 1000),
    duration: routeSeconds(total),
  };
}

/** Straight moves (inside a stop, off the path): the spring tokens always had. */
export const SPRING = { type: 'spring', stiffness: 320, damping: 32, mass: 0.8 } as const;
export const JUMP = { duration: 0 } as const;

/** What a token animates to and how, once it has a new place. */
export interface Trip {
  x: number | (number | null)[];
  y: number | (number | null)[];
  scale: number | (number | null)[];
  transition:
    typeof SPRING | typeof JUMP | { duration: number; ease: 'easeInOut'; times: number[] };
}

/**
 * The trip to `next` from the place it had (`prev`): along the wires when
 * they join the two, straight otherwise; a jump when it had no place yet or
 * nothing may travel (`path` null: reduced motion, a rush).
 */
export function tripTo(prev: Spot | null, next: Spot, path: RoutePath | null): Trip {
  if (!prev || !path) return { x: next.x, y: next.y, scale: 1, transition: JUMP };
  const points = tokenRoute(prev, next, path);
  if (!points) return { x: next.x, y: next.y, scale: 1, transition: SPRING };
  const f = routeFrames(points, next.w, next.h);
  // It ends exactly on its place.
  f.x[f.x.length - 1] = next.x;
  f.y[f.y.length - 1] = next.y;
  return {
    x: f.x,
    y: f.y,
    scale: f.scale,
    transition: { duration: f.duration, ease: 'easeInOut', times: f.times },
  };
}
