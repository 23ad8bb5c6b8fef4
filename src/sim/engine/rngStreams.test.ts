/**
 * One random stream per purpose: a new draw in one stream must not move the
 * numbers of the others (the reason golden traces and lessons can pin a pid).
 */
import { describe, expect, it } from 'vitest';
import { siteWith } from '../scenarios/site';
import type { TraceEvent } from '../types';
import { fakeProtocol } from './fakeProtocol';
import { createRng, createStreams, streamSeed, type RngStream, type RngStreams } from './rng';
import { createWorld, sendRequest } from './runtime';
import type { World } from './world';

/** All three purposes drawing from one generator: how the engine used to draw. */
function sharedStreams(seed: number): RngStreams {
  const one = createRng(seed);
  return { pids: one, ports: one, cow: one };
}

/** Draws in the order an engine run interleaves them; `extra` adds one draw to one stream first. */
function drawSequences(streams: RngStreams, extra?: RngStream) {
  if (extra) streams[extra].next();
  const seq: Record<RngStream, number[]> = { pids: [], ports: [], cow: [] };
  for (let i = 0; i < 20; i++)
    for (const name of ['pids', 'ports', 'cow'] as const) seq[name].push(streams[name].int(1000));
  return seq;
}

describe('random streams', () => {
  it('an extra draw in one stream leaves the other streams’ sequences unchanged', () => {
    const base = drawSequences(createStreams(7));
    for (const extra of ['pids', 'ports', 'cow'] as const) {
      const moved = drawSequences(createStreams(7), extra);
      for (const other of ['pids', 'ports', 'cow'] as const)
        if (other === extra) expect(moved[other]).not.toEqual(base[other]);
        else expect(moved[other]).toEqual(base[other]);
    }
  });

  it('the same check fails with one shared stream (so the check above can fail)', () => {
    const base = drawSequences(sharedStreams(7));
    const moved = drawSequences(sharedStreams(7), 'ports');
    expect(moved.pids).not.toEqual(base.pids);
    expect(moved.cow).not.toEqual(base.cow);
  });

  it('streams of one seed differ from each other, and follow the seed', () => {
    const seeds = (['pids', 'ports', 'cow'] as const).map((n) => streamSeed(7, n));
    expect(new Set(seeds).size).toBe(3);
    expect(streamSeed(7, 'pids')).toBe(streamSeed(7, 'pids'));
    expect(streamSeed(8, 'pids')).not.toBe(streamSeed(7, 'pids'));
    const a = createStreams(7).pids;
    const b = createStreams(7).pids;
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
  });
});

/** Prefork workers recycled every 2 requests: pid, port and copy-on-write draws interleave. */
function runEngine(tap?: (w: World) => void) {
  const site = siteWith({
    cores: 2,
    web: { mode: 'embedded' },
    dispatch: { model: 'prefork', processes: 2, maxRequests: 2 },
  });
  const w = createWorld(site, 7, fakeProtocol);
  tap?.(w);
  const request = {
    method: 'GET',
    url: 'https://demo.test/io/5',
    headers: [],
    body: new Uint8Array(),
  };
  for (let rid = 1; rid <= 8; rid++)
    w.at(rid * 10, () => sendRequest(w, rid, request, { uploadMs: 0, downloadMs: 0 }));
  w.run();
  const of = <T extends TraceEvent['type']>(type: T) =>
    w.trace.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
  return {
    pids: of('process.spawn').map((e) => e.pid),
    shared: of('thread.release').map((e) => e.memory?.shared),
    answered: of('client.receive').length,
  };
}

describe('random streams in the engine', () => {
  it('a new port draw moves neither pids nor copy-on-write figures', () => {
    const base = runEngine();
    expect(base.answered).toBe(8);
    // Recycling forked new workers after the first requests drew their ports.
    expect(base.pids.length).toBeGreaterThan(3);
    expect(runEngine((w) => w.rng.ports.next())).toEqual(base);
  });

  it('a new copy-on-write draw moves no pid', () => {
    const base = runEngine();
    const moved = runEngine((w) => w.rng.cow.next());
    expect(moved.pids).toEqual(base.pids);
    expect(moved.shared).not.toEqual(base.shared);
  });
});
