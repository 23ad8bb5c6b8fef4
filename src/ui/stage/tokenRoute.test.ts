import { describe, expect, it } from 'vitest';
import type { Rect } from './tokenPlaces';
import {
  areaStop,
  JUMP,
  ON_WIRE,
  routeFrames,
  routeSeconds,
  SPRING,
  tokenRoute,
  tripTo,
  type RoutePath,
} from './tokenRoute';
import { holderOf, wireSegments, wireStops } from './wirePlaces';

const shape = {
  web: true,
  listener: true,
  dispatch: true,
  wsgi: true,
  app: false,
  layers: [],
};
const spot = (area: string, x: number, y: number, w = 60, h = 24) => ({ area, x, y, w, h });

function pathOf(rects: Record<string, Rect>, pid: number, narrow: boolean): RoutePath {
  const stops = wireStops(shape, holderOf({ pid, tid: null, done: false }, rects));
  return { stops, segments: wireSegments(stops, rects, narrow), boxes: rects };
}

// A wide stage: the stations in one row, two process cards in the processes station.
const wide: Record<string, Rect> = {
  clients: { x: 18, y: 18, w: 100, h: 300 },
  web: { x: 136, y: 18, w: 100, h: 300 },
  listener: { x: 254, y: 18, w: 100, h: 300 },
  dispatch: { x: 372, y: 18, w: 160, h: 300 },
  'proc:10': { x: 384, y: 60, w: 136, h: 60 },
  'proc:11': { x: 384, y: 130, w: 136, h: 80 },
  'thread:11:2': { x: 392, y: 180, w: 120, h: 20 },
  wsgi: { x: 550, y: 18, w: 120, h: 300 },
};

// A phone: the path wraps after the listener; the processes start the second row.
const narrow: Record<string, Rect> = {
  clients: { x: 8, y: 8, w: 110, h: 120 },
  web: { x: 130, y: 8, w: 110, h: 120 },
  listener: { x: 252, y: 8, w: 120, h: 120 },
  dispatch: { x: 8, y: 140, w: 200, h: 200 },
  'proc:10': { x: 16, y: 170, w: 184, h: 60 },
};

describe('a token travels along the wire', () => {
  it('leaves its box for the wire, runs along it and drops into the next box', () => {
    const path = pathOf(wide, 10, false);
    // Centre of the token in clients → the clients' right edge at title height → web.
    expect(tokenRoute(spot('clients', 28, 50), spot('web', 146, 50), path)).toEqual([
      [58, 62],
      [118, 38],
      [136, 38],
      [176, 62],
    ]);
    // From a listen-queue slot into the process the wire drops into.
    expect(tokenRoute(spot('queue:0', 264, 60, 40, 18), spot('proc:10', 400, 90), path)).toEqual([
      [284, 69],
      [354, 38],
      [372, 38],
      [377, 38],
      [377, 57],
      [452, 57],
      [452, 60],
      [430, 102],
    ]);
  });

  it('into another process than the wire holds: down the processes margin to its height', () => {
    const path = pathOf(wide, 10, false);
    const to = spot('thread:11:2', 400, 180, 60, 20);
    expect(tokenRoute(spot('queue:0', 264, 60, 40, 18), to, path)).toEqual([
      [284, 69],
      [354, 38],
      [372, 38],
      [377, 38],
      [377, 190],
      [430, 190],
    ]);
  });

  it('on the way back runs the wire backwards, crossing a station along its top edge', () => {
    const path = pathOf(wide, 10, false);
    expect(tokenRoute(spot('proc:10', 400, 90), spot('web', 146, 50), path)).toEqual([
      [430, 102],
      [452, 60],
      [452, 57],
      [377, 57],
      [377, 38],
      [372, 38],
      [354, 38],
      [354, 18],
      [254, 18],
      [254, 38],
      [236, 38],
      [176, 62],
    ]);
  });

  it('follows the wire down between the rows when the path wraps (a phone)', () => {
    const path = pathOf(narrow, 10, true);
    const from = spot('queue:0', 262, 40, 40, 14);
    const to = spot('proc:10', 24, 190, 50, 16);
    expect(tokenRoute(from, to, path)).toEqual([
      [282, 47],
      [372, 20],
      [377, 20],
      [377, 134],
      [3, 134],
      [3, 152],
      [8, 152],
      [13, 152],
      [13, 167],
      [108, 167],
      [108, 170],
      [49, 198],
    ]);
  });

  it('has no route inside one stop, or for an area off the path', () => {
    const path = pathOf(wide, 10, false);
    expect(tokenRoute(spot('queue:1', 264, 90), spot('queue:0', 264, 60), path)).toBeNull();
    expect(tokenRoute(spot('thread:11:2', 400, 180), spot('proc:11', 400, 150), path)).toBeNull();
    expect(tokenRoute(spot('wsgi', 560, 50), spot('layer:3', 700, 60), path)).toBeNull();
    // Inside the onion: from a layer to the next one (or the app) straight down; into it, along.
    const onion = {
      ...wide,
      'layer:0': { x: 700, y: 50, w: 200, h: 200 },
      'layer:1': { x: 706, y: 80, w: 188, h: 160 },
      app: { x: 712, y: 110, w: 176, h: 100 },
    };
    const layered = { ...shape, app: true, layers: [{ index: 0 }, { index: 1 }] };
    const stops = wireStops(layered, holderOf({ pid: 10, tid: null, done: false }, onion));
    const inOnion = { stops, segments: wireSegments(stops, onion, false), boxes: onion };
    expect(tokenRoute(spot('layer:0', 780, 54), spot('layer:1', 780, 84), inOnion)).toBeNull();
    expect(tokenRoute(spot('app', 760, 130), spot('layer:1', 780, 84), inOnion)).toBeNull();
    expect(tokenRoute(spot('wsgi', 560, 50), spot('layer:0', 780, 54), inOnion)).toEqual([
      [590, 62],
      [670, 38],
      [685, 38],
      [685, 62],
      [700, 62],
      [810, 66],
    ]);
    expect(areaStop('queue:3')).toBe('listener');
    expect(areaStop('done')).toBe('clients');
  });

  it('has keyframes from wherever the token is, timed by distance, ending on its place', () => {
    const path = pathOf(wide, 10, false);
    const to = spot('web', 146, 50);
    const f = routeFrames(tokenRoute(spot('clients', 28, 50), to, path)!, to.w, to.h);
    expect(f.x).toEqual([null, 88, 106, 146]);
    expect(f.y).toEqual([null, 26, 26, 50]);
    // Smaller on the wire, full size again in its box.
    expect(f.scale).toEqual([null, ON_WIRE, ON_WIRE, 1]);
    // Legs of 64.6, 18 and 46.6 px.
    expect(f.times).toEqual([0, 0.5, 0.639, 1]);
    expect(f.duration).toBeGreaterThanOrEqual(0.45);
    expect(routeSeconds(100000)).toBe(0.75);
  });

  it('plans a trip: along the wire, straight inside a stop, a jump with no place before or no motion', () => {
    const path = pathOf(wide, 10, false);
    const from = spot('clients', 28, 50);
    const to = spot('web', 146, 50);
    const along = tripTo(from, to, path);
    expect(along.x).toEqual([null, 88, 106, 146]);
    expect(along.transition).toMatchObject({ ease: 'easeInOut', times: [0, 0.5, 0.639, 1] });
    const slot = tripTo(spot('queue:1', 264, 90), spot('queue:0', 264, 60), path);
    expect(slot).toEqual({ x: 264, y: 60, scale: 1, transition: SPRING });
    expect(tripTo(null, to, path)).toEqual({ x: 146, y: 50, scale: 1, transition: JUMP });
    // Reduced motion or a rush: no path to travel along.
    expect(tripTo(from, to, null)).toEqual({ x: 146, y: 50, scale: 1, transition: JUMP });
  });
});
