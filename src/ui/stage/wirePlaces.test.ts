import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../sim/types';
import type { RequestView } from '../../player/snapshot';
import type { LayerInfo } from './layout';
import { layerState } from './Onion';
import { ridHue, tokenText, type Rect } from './tokenPlaces';
import { holderOf, route, wireSegments, wireStops, type Segment } from './wirePlaces';
import { litParts, stopOfBox, travelFrames, travelOf, travelPoints } from './wireTravel';

// A wide stage: five stations in a row, two worker cards in the processes station.
const rects: Record<string, Rect> = {
  clients: { x: 18, y: 18, w: 100, h: 300 },
  web: { x: 136, y: 18, w: 100, h: 300 },
  listener: { x: 254, y: 18, w: 100, h: 300 },
  dispatch: { x: 372, y: 18, w: 160, h: 300 },
  'proc:10': { x: 384, y: 60, w: 136, h: 60 },
  'proc:11': { x: 384, y: 130, w: 136, h: 80 },
  'thread:11:2': { x: 392, y: 180, w: 120, h: 20 },
  wsgi: { x: 550, y: 18, w: 120, h: 300 },
  'layer:0': { x: 700, y: 50, w: 200, h: 200 },
  'layer:1': { x: 706, y: 80, w: 188, h: 160 },
  app: { x: 712, y: 110, w: 176, h: 100 },
};
const shape = {
  web: true,
  listener: true,
  dispatch: true,
  wsgi: true,
  app: true,
  layers: [{ index: 0 }, { index: 1 }],
};
const ids = (segs: Segment[]) => segs.map((s) => s.id);
const ev = (type: string, extra: object = {}) =>
  ({ type, rid: 1, ...extra }) as unknown as TraceEvent;

describe('wire geometry', () => {
  it('joins neighbouring stations across the gap at the height of their titles', () => {
    const a = { x: 118, y: 38, box: rects.clients };
    const b = { x: 136, y: 38, box: rects.web };
    expect(route(a, b)).toEqual([
      [118, 38],
      [136, 38],
    ]);
    // Different heights: one jog halfway.
    expect(route(a, { x: 136, y: 62, box: rects.web })).toEqual([
      [118, 38],
      [127, 38],
      [127, 62],
      [136, 62],
    ]);
  });

  it('turns down between the rows when the path wraps (a phone)', () => {
    const a = { x: 370, y: 30, box: { x: 250, y: 8, w: 120, h: 120 } };
    const b = { x: 8, y: 144, box: { x: 8, y: 132, w: 180, h: 200 } };
    expect(route(a, b)).toEqual([
      [370, 30],
      [375, 30],
      [375, 130],
      [3, 130],
      [3, 144],
      [8, 144],
    ]);
  });

  it('draws the wire to the process that holds the request, and to its thread when drawn', () => {
    const inProc = holderOf({ pid: 10, tid: null, done: false }, rects);
    expect(inProc).toMatchObject({ kind: 'worker', box: 'proc:10', proc: 'proc:10' });
    const segs = wireSegments(wireStops(shape, inProc), rects, false);
    expect(ids(segs)).toEqual([
      'clients>web',
      'web>listener',
      'listener>worker',
      'worker>wsgi',
      'wsgi>layer:0',
      'layer:0>layer:1',
      'layer:1>app',
    ]);
    const into = segs[2].points;
    // Ends on the top edge of proc:10, at its middle (not at the other worker).
    expect(into[into.length - 1]).toEqual([452, 60]);
    const out = segs[3].points;
    expect(out[0]).toEqual([458, 60]);
    expect(out[out.length - 1]).toEqual([550, 38]);

    const inThread = holderOf({ pid: 11, tid: 2, done: false }, rects);
    expect(inThread.box).toBe('thread:11:2');
    const t = wireSegments(wireStops(shape, inThread), rects, false)[2].points;
    // Down proc:11's margin to the thread's row, then into it.
    expect(t.slice(-3)).toEqual([
      [389, 127],
      [389, 190],
      [392, 190],
    ]);
  });

  it('passes through the processes station when no drawn worker holds the request', () => {
    expect(holderOf(null, rects).box).toBe('dispatch');
    expect(holderOf({ pid: 99, tid: null, done: false }, rects).box).toBe('dispatch');
    expect(holderOf({ pid: 10, tid: null, done: true }, rects).box).toBe('dispatch');
    const segs = wireSegments(wireStops(shape, holderOf(null, rects)), rects, false);
    expect(segs[2].points).toEqual([
      [354, 38],
      [372, 38],
    ]);
  });

  it('steps into the onion layer by layer along the layers’ margins', () => {
    const segs = wireSegments(wireStops(shape, holderOf(null, rects)), rects, false);
    const byId = Object.fromEntries(segs.map((s) => [s.id, s.points]));
    expect(byId['layer:0>layer:1']).toEqual([
      [700, 62],
      [703, 62],
      [703, 92],
      [706, 92],
    ]);
    expect(byId['layer:1>app'].at(-1)).toEqual([712, 122]);
  });

  it('leaves out stops whose boxes are not measured yet', () => {
    const some = { clients: rects.clients, wsgi: rects.wsgi };
    expect(ids(wireSegments(wireStops(shape, holderOf(null, some)), some, false))).toEqual([
      'clients>wsgi',
    ]);
  });
});

describe('travel along the wires', () => {
  const stops = ['clients', 'web', 'listener', 'worker', 'wsgi', 'layer:0', 'layer:1', 'app'];

  it('maps boxes to stops', () => {
    expect(['done', 'queue', 'proc:3', 'thread:3:1', 'dispatch', 'layer:1'].map(stopOfBox)).toEqual(
      ['clients', 'listener', 'worker', 'worker', 'worker', 'layer:1'],
    );
  });

  it('on the way in lights the stretch it came along, and travels on a move', () => {
    expect(travelOf(ev('listener.accept'), 'in', 'proc:3', stops)).toMatchObject({
      lit: ['listener>worker'],
      dir: 'in',
      moved: true,
    });
    expect(travelOf(ev('middleware.enter', { index: 1 }), 'in', 'layer:1', stops)).toMatchObject({
      lit: ['layer:0>layer:1'],
      moved: true,
    });
    // Not a move (the app runs): lit, no travel.
    expect(travelOf(ev('app.step'), 'in', 'app', stops)).toMatchObject({
      lit: ['layer:1>app'],
      moved: false,
    });
    // Sent: the first stretch, before it travels.
    expect(travelOf(ev('client.send'), 'in', 'clients', stops)).toMatchObject({
      lit: ['clients>web'],
      moved: false,
    });
  });

  it('on the way back lights the stretch from the inner stop, innermost first', () => {
    expect(travelOf(ev('middleware.exit', { index: 0 }), 'out', 'layer:0', stops)).toMatchObject({
      lit: ['layer:0>layer:1'],
      dir: 'out',
      moved: true,
    });
    // Released by its worker, the response reaches the proxy: all of the stretch between.
    expect(travelOf(ev('thread.release'), 'out', 'web', stops)).toMatchObject({
      lit: ['web>listener', 'listener>worker'],
      dir: 'out',
      moved: true,
    });
    expect(travelOf(ev('client.receive'), 'out', 'done', stops)).toMatchObject({
      lit: ['clients>web'],
      dir: 'out',
      moved: true,
    });
  });

  it('turns around where a layer answers itself, not where it only rewrites', () => {
    const auth = travelOf(
      ev('middleware.respond', { index: 0, how: 'answer' }),
      'out',
      'layer:0',
      stops,
    );
    expect(auth).toMatchObject({ turn: 'layer:0', lit: ['wsgi>layer:0'], moved: false });
    const gzip = travelOf(
      ev('middleware.respond', { index: 1, how: 'rewrite' }),
      'out',
      'layer:1',
      stops,
    );
    expect(gzip).toMatchObject({ turn: null, lit: ['layer:1>app'], moved: true });
  });

  it('sends each body chunk from the WSGI server all the way back to the client', () => {
    const t = travelOf(ev('wsgi.chunk', { bytes: 0 }), 'out', 'wsgi', stops);
    expect(t).toMatchObject({
      lit: ['clients>web', 'web>listener', 'listener>worker', 'worker>wsgi'],
      dir: 'out',
      moved: true,
      chunk: { bytes: 0 },
    });
  });

  it('lays the traveller’s path in the direction of travel, over the top edge of a station it crosses', () => {
    const segs = wireSegments(
      wireStops(shape, holderOf({ pid: 10, tid: null, done: false }, rects)),
      rects,
      false,
    );
    const back = {
      lit: ['clients>web', 'web>listener'],
      dir: 'out' as const,
      moved: true,
      turn: null,
      chunk: null,
    };
    expect(travelPoints(segs, back)).toEqual([
      [254, 38],
      [236, 38],
      [236, 18],
      [136, 18],
      [136, 38],
      [118, 38],
    ]);
    expect(litParts(segs, back)).toEqual([
      [
        [254, 38],
        [236, 38],
      ],
      [
        [136, 38],
        [118, 38],
      ],
    ]);
    // The segments themselves are left as they were.
    expect(segs[0].points).toEqual([
      [118, 38],
      [136, 38],
    ]);
  });
});

describe('which request is which', () => {
  it('gives every full token its number and neighbouring requests different hues', () => {
    const r = { rid: 3, method: 'GET', path: '/slow', direction: 'in', done: false } as RequestView;
    expect(tokenText(r, false)).toMatchObject({ num: '#3', method: 'GET', path: '/slow' });
    const hues = [1, 2, 3, 4].map(ridHue);
    expect(new Set(hues).size).toBe(4);
    for (let i = 1; i < hues.length; i++) {
      const d = Math.abs(hues[i] - hues[i - 1]);
      expect(Math.min(d, 360 - d)).toBeGreaterThan(60);
    }
  });
});

describe('the onion around the request', () => {
  const layers = [
    { index: 0, kind: 'auth' },
    { index: 1, kind: 'gzip' },
    { index: 2, kind: 'static' },
  ] as LayerInfo[];
  it('lights the layers it is inside of and quiets the inner ones', () => {
    expect([0, 1, 2].map((at) => layerState(layers, at, 'layer:1'))).toEqual([
      'around',
      'around',
      'quiet',
    ]);
    expect([0, 1, 2].map((at) => layerState(layers, at, 'app'))).toEqual([
      'around',
      'around',
      'around',
    ]);
    expect(layerState(layers, 0, 'wsgi')).toBeNull();
  });
});

describe('the traveller', () => {
  it('moves by transform through every corner, timed by distance', () => {
    expect(
      travelFrames([
        [0, 0],
        [30, 0],
        [30, 10],
      ]),
    ).toEqual([
      { transform: 'translate(0px, 0px) translate(-50%, -50%)', offset: 0 },
      { transform: 'translate(30px, 0px) translate(-50%, -50%)', offset: 0.75 },
      { transform: 'translate(30px, 10px) translate(-50%, -50%)', offset: 1 },
    ]);
  });
});
