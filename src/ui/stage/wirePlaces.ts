/**
 * Pure: the wires of the stage, from the measured rects of its boxes (the
 * same ResizeObserver measurement the tokens use; nothing here reads the
 * DOM), and which stretch of wire the current request is on at a step.
 *
 * The path is a list of stops (clients → proxy → socket → the worker that
 * holds the request → WSGI server → middleware layers → app); a segment joins
 * two neighbouring stops. Between stations a wire runs from one card's edge
 * to the next at the height of their titles (turning down into the next row
 * when the path wraps, on a phone); into the worker it runs down the
 * processes' margin and drops into the process (or along to the thread) that
 * holds the request; into the onion it steps inward layer by layer.
 */
import type { Rect } from './tokenPlaces';

export type Point = [number, number];

/** One stop on the path: `box` is the measured box it stands for. */
export interface Stop {
  id: string;
  /** `station`: a card on the path; `layer`: a middleware layer or the app inside the onion. */
  kind: 'station' | 'layer' | 'worker';
  box: string;
  /** For a worker stop: the process card holding it and the processes station around it. */
  proc?: string;
  station?: string;
}

export interface Segment {
  /** `from>to` (stop ids, in path order). */
  id: string;
  from: string;
  to: string;
  points: Point[];
  /** The top edge of the `from` stop's box: a traveller crosses that stop along it. */
  top: number;
}

/** How far below a station's top its wire runs (the title's middle), wide and narrow. */
export const BUS = { wide: 20, narrow: 12 } as const;
/** How far below a layer's (or the app's) top its wire enters. */
const LAYER_Y = { wide: 12, narrow: 9 } as const;
/** The inset of a wire running inside a card's margin. */
export const MARGIN = 5;

interface Port {
  x: number;
  y: number;
  /** The box the port belongs to (for turning into the next row). */
  box: Rect;
}

const clampY = (y: number, r: Rect) => (r.clip ? Math.min(Math.max(y, r.clip[0]), r.clip[1]) : y);

function inPort(s: Stop, r: Rect, narrow: boolean): Port {
  if (s.kind === 'layer') return { x: r.x, y: r.y + LAYER_Y[narrow ? 'narrow' : 'wide'], box: r };
  return { x: r.x, y: r.y + BUS[narrow ? 'narrow' : 'wide'], box: r };
}

function outPort(s: Stop, r: Rect, narrow: boolean): Port {
  if (s.kind === 'layer') return inPort(s, r, narrow);
  return { x: r.x + r.w, y: r.y + BUS[narrow ? 'narrow' : 'wide'], box: r };
}

/** Orthogonal wire from `a` to `b`: across, with one jog halfway; down a row gap when the path wraps. */
export function route(a: Port, b: Port): Point[] {
  if (b.x >= a.x - 1) {
    if (Math.abs(a.y - b.y) < 1)
      return [
        [a.x, a.y],
        [b.x, a.y],
      ];
    const mx = Math.round((a.x + b.x) / 2);
    return [
      [a.x, a.y],
      [mx, a.y],
      [mx, b.y],
      [b.x, b.y],
    ];
  }
  // The next stop starts a new row: out to the right, down between the rows, back to its left.
  const gapY = Math.round((a.box.y + a.box.h + b.box.y) / 2);
  return [
    [a.x, a.y],
    [a.x + MARGIN, a.y],
    [a.x + MARGIN, gapY],
    [b.x - MARGIN, gapY],
    [b.x - MARGIN, b.y],
    [b.x, b.y],
  ];
}

/** Down the processes' left margin, along above the holding card, into it (or on to its thread). */
function intoWorker(s: Stop, rects: Record<string, Rect>, narrow: boolean): Point[] | null {
  const station = s.station ? rects[s.station] : undefined;
  const card = s.proc ? rects[s.proc] : undefined;
  const held = rects[s.box];
  if (!station || !card || !held) return null;
  const bus = station.y + BUS[narrow ? 'narrow' : 'wide'];
  const tap = clampY(Math.max(bus, card.y - 3), card);
  const side = station.x + MARGIN;
  const pts: Point[] = [
    [station.x, bus],
    [side, bus],
    [side, tap],
  ];
  if (held === card) {
    const cx = Math.round(card.x + card.w / 2);
    pts.push([cx, tap], [cx, clampY(card.y, card)]);
  } else {
    // A thread: down the card's own margin to the thread's row.
    const x = card.x + MARGIN;
    const y = clampY(Math.round(held.y + held.h / 2), card);
    pts.push([x, tap], [x, y], [held.x, y]);
  }
  return pts;
}

/** The way back out of the worker to the processes' right edge (the reverse of going in, mirrored). */
function outOfWorker(s: Stop, rects: Record<string, Rect>, narrow: boolean): Point[] | null {
  const station = s.station ? rects[s.station] : undefined;
  const card = s.proc ? rects[s.proc] : undefined;
  const held = rects[s.box];
  if (!station || !card || !held) return null;
  const bus = station.y + BUS[narrow ? 'narrow' : 'wide'];
  const tap = clampY(Math.max(bus, card.y - 3), card);
  const side = station.x + station.w - MARGIN;
  const pts: Point[] = [];
  if (held === card) {
    const cx = Math.round(card.x + card.w / 2) + 6;
    pts.push([cx, clampY(card.y, card)], [cx, tap]);
  } else {
    const x = card.x + card.w - MARGIN;
    const y = clampY(Math.round(held.y + held.h / 2), card);
    pts.push([held.x + held.w, y], [x, y], [x, tap]);
  }
  pts.push([side, tap], [side, bus], [station.x + station.w, bus]);
  return pts;
}

/** A new polyline: `a` then `b` (their shared joint once). */
export function join(a: Point[], b: Point[]): Point[] {
  if (a.length === 0) return [...b];
  const [x, y] = a[a.length - 1];
  const [u, v] = b[0] ?? [NaN, NaN];
  return x === u && y === v ? [...a, ...b.slice(1)] : [...a, ...b];
}

/** Every segment of the path, for the stops whose boxes have been measured. */
export function wireSegments(
  stops: Stop[],
  rects: Record<string, Rect>,
  narrow: boolean,
): Segment[] {
  const out: Segment[] = [];
  const shown = stops.filter((s) => rects[s.box] && (s.kind !== 'worker' || rects[s.station!]));
  for (let i = 0; i + 1 < shown.length; i++) {
    const a = shown[i];
    const b = shown[i + 1];
    let points: Point[];
    if (b.kind === 'worker') {
      const into = intoWorker(b, rects, narrow)!;
      const from = outPort(a, rects[a.box], narrow);
      points = join(route(from, { x: into[0][0], y: into[0][1], box: rects[b.station!] }), into);
    } else if (a.kind === 'worker') {
      const away = outOfWorker(a, rects, narrow)!;
      const [x, y] = away[away.length - 1];
      points = join(away, route({ x, y, box: rects[a.station!] }, inPort(b, rects[b.box], narrow)));
    } else points = route(outPort(a, rects[a.box], narrow), inPort(b, rects[b.box], narrow));
    const top = a.kind === 'worker' ? rects[a.proc!].y : rects[a.box].y;
    out.push({ id: `${a.id}>${b.id}`, from: a.id, to: b.id, points, top });
  }
  return out;
}

/** SVG path data for a polyline. */
export function pathOf(points: Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/** What of the layout the wires need (StageLayout has it). */
export interface PathShape {
  web: boolean;
  listener: boolean;
  dispatch: boolean;
  wsgi: boolean;
  app: boolean;
  layers: { index: number }[];
}

/**
 * The stop for the worker: the thread or process holding the request (when
 * it is drawn), else the processes station as a whole.
 */
export function holderOf(
  r: { pid: number | null; tid: number | null; done: boolean } | null,
  boxes: Record<string, Rect>,
): Stop {
  const station: Stop = { id: 'worker', kind: 'station', box: 'dispatch' };
  if (!r || r.done || r.pid === null) return station;
  const proc = `proc:${r.pid}`;
  if (!boxes[proc]) return station;
  const thread = r.tid !== null ? `thread:${r.pid}:${r.tid}` : null;
  const box = thread && boxes[thread] ? thread : proc;
  return { id: 'worker', kind: 'worker', box, proc, station: 'dispatch' };
}

/** The stops of a scene's path, in order. */
export function wireStops(shape: PathShape, worker: Stop): Stop[] {
  const stops: Stop[] = [{ id: 'clients', kind: 'station', box: 'clients' }];
  if (shape.web) stops.push({ id: 'web', kind: 'station', box: 'web' });
  if (shape.listener) stops.push({ id: 'listener', kind: 'station', box: 'listener' });
  if (shape.dispatch) stops.push(worker);
  if (shape.wsgi) stops.push({ id: 'wsgi', kind: 'station', box: 'wsgi' });
  if (shape.app) {
    for (const l of shape.layers)
      stops.push({ id: `layer:${l.index}`, kind: 'layer', box: `layer:${l.index}` });
    stops.push({ id: 'app', kind: shape.layers.length > 0 ? 'layer' : 'station', box: 'app' });
  }
  return stops;
}
