// Runs in node (no document): the places come from data alone.
import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../player/snapshot';
import { createPlayer } from '../../player/player';
import { newRequest } from '../../player/requestView';
import { fixtureEvents, indexOf } from './fixture';
import { layoutOf } from './layout';
import { placeAll, queueSlots, visibleProcesses } from './placement';
import {
  flowAll,
  flowArea,
  placeTokens,
  tokenAreas,
  tokenWidth,
  WIDE,
  type Rect,
} from './tokenPlaces';

function req(rid: number, extra: Partial<RequestView> = {}): RequestView {
  return { ...newRequest(rid, 0), path: '/x', place: 'client', direction: 'in', ...extra };
}

/** The token places of the fixture at `step`, its areas at the given rects. */
function placesAt(step: number, rects: Record<string, Rect>) {
  const player = createPlayer(fixtureEvents);
  const layout = layoutOf(player);
  const snap = player.at(step);
  const { shown } = visibleProcesses(snap, layout);
  const areas = tokenAreas(placeAll(snap, layout, shown), queueSlots(snap, layout));
  const current = snap.event?.rid ?? null;
  return { areas, ...placeTokens(flowAll(areas, rects, current, WIDE), rects) };
}

describe('token places for a snapshot', () => {
  const rects: Record<string, Rect> = {
    clients: { x: 20, y: 60, w: 120, h: 24 },
    web: { x: 200, y: 90, w: 140, h: 24 },
    'queue:0': { x: 380, y: 130, w: 120, h: 24 },
    'queue:1': { x: 380, y: 160, w: 120, h: 24 },
    'thread:101:1': { x: 600, y: 200, w: 100, h: 24 },
    'layer:0': { x: 900, y: 70, w: 160, h: 24 },
  };

  it('puts each request in its box’s area, at the area’s origin when alone there', () => {
    const sent = placesAt(indexOf('client.send', 1), rects);
    expect(sent.tokens.map((t) => [t.r.rid, t.area, t.x, t.y])).toEqual([[1, 'clients', 20, 60]]);
    const forwarded = placesAt(indexOf('proxy.forward', 1), rects);
    expect(forwarded.tokens.find((t) => t.r.rid === 1)).toMatchObject({
      area: 'web',
      x: 200,
      y: 90,
      current: true,
      measured: true,
    });
    const assigned = placesAt(indexOf('thread.assign', 1), rects);
    expect(assigned.tokens.find((t) => t.r.rid === 1)).toMatchObject({
      area: 'thread:101:1',
      x: 600,
      y: 200,
    });
  });

  it('gives each waiting request a slot of the listen queue, in order', () => {
    const { tokens } = placesAt(indexOf('listener.enqueue', 2), rects);
    const queued = tokens.filter((t) => t.area.startsWith('queue:'));
    expect(queued.length).toBeGreaterThan(0);
    queued.forEach((t, i) => {
      expect(t.area).toBe(`queue:${i}`);
      expect([t.x, t.y]).toEqual([rects[`queue:${i}`].x, rects[`queue:${i}`].y]);
    });
  });

  it('hides a token scrolled out of its box', () => {
    const inside = placesAt(indexOf('client.send', 1), {
      clients: { ...rects.clients, clip: [40, 300] },
    });
    expect(inside.tokens[0].clipped).toBe(false);
    const below = placesAt(indexOf('client.send', 1), {
      clients: { ...rects.clients, clip: [0, 50] },
    });
    expect(below.tokens[0].clipped).toBe(true);
  });

  it('marks tokens whose area is not measured yet (drawn hidden until it is)', () => {
    const { tokens } = placesAt(indexOf('client.send', 1), {});
    expect(tokens[0]).toMatchObject({ area: 'clients', measured: false });
  });
});

describe('flowArea', () => {
  it('wraps tokens into rows at the area’s width and reports the height it needs', () => {
    const list = [req(1), req(2), req(3)];
    const w = tokenWidth(list[0], false, WIDE);
    const flow = flowArea('web', { list, crowd: 3 }, null, 2 * w + WIDE.gap, WIDE);
    expect(flow.tokens.map((t) => [t.x, t.y])).toEqual([
      [0, 0],
      [w + WIDE.gap, 0],
      [0, WIDE.height.full + WIDE.gap],
    ]);
    expect(flow.height).toBe(2 * WIDE.height.full + WIDE.gap);
    expect(flowArea('web', { list: [], crowd: 3 }, null, 200, WIDE).height).toBe(0);
  });

  it('draws crowded tokens compact, except the current one, and the rest as +N', () => {
    const list = Array.from({ length: 6 }, (_, i) => req(i + 1));
    const flow = flowArea('clients', { list, crowd: 3, max: 4 }, 6, 1000, WIDE);
    expect(flow.tokens.map((t) => [t.r.rid, t.compact])).toEqual([
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
    expect(flow.more).toMatchObject({ n: 2, y: 0 });
    expect(flow.more!.x).toBeGreaterThan(flow.tokens[3].x);
  });

  it('sizes a token from its text: a longer path is wider, never wider than the area', () => {
    const short = tokenWidth(req(1, { path: '/' }), false, WIDE);
    const long = tokenWidth(req(1, { path: '/a/much/longer/path' }), false, WIDE);
    expect(long - short).toBeCloseTo(18 * WIDE.char.full, 0);
    const flow = flowArea(
      'app',
      { list: [req(1, { path: '/a/much/longer/path' })], crowd: 3 },
      1,
      80,
      WIDE,
    );
    expect(flow.tokens[0]).toMatchObject({ w: 80, wrapped: true });
    expect(flow.tokens[0].h).toBeGreaterThan(WIDE.height.full);
    expect(flowArea('app', { list: [req(1)], crowd: 3 }, 1, 200, WIDE).tokens[0]).toMatchObject({
      wrapped: false,
      h: WIDE.height.full,
    });
  });
});
