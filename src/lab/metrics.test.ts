import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';
import { computeFigures, memoryOf } from './metrics';
import type { TraceEvent, TracePayload } from '../sim/types';

function ev(t: number, rid: number | null, p: TracePayload, seq = 0): TraceEvent {
  return { ...p, t, rid, seq } as TraceEvent;
}
const send = (t: number, rid: number) =>
  ev(t, rid, {
    type: 'client.send',
    actor: 'c',
    method: 'GET',
    url: 'https://demo.test/',
    headers: [],
    bodyBytes: 0,
  });
const recv = (t: number, rid: number, status = 200) =>
  ev(t, rid, {
    type: 'client.receive',
    actor: 'c',
    status,
    reason: '',
    headers: [],
    bodyBytes: 0,
    bodyPreview: '',
  });

describe('percentile (nearest rank)', () => {
  it('matches hand-computed values', () => {
    const xs = [15, 20, 35, 40, 50];
    expect(percentile(xs, 30)).toBe(20);
    expect(percentile(xs, 40)).toBe(20);
    expect(percentile(xs, 50)).toBe(35);
    expect(percentile(xs, 100)).toBe(50);
    expect(percentile([], 50)).toBeNull();
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
  });
});

describe('figures of a run', () => {
  it('a single server with fixed 100 ms service times: latency grows with the queue', () => {
    // Four requests arrive together; one worker serves each for 100 ms in turn.
    const events: TraceEvent[] = [];
    for (let i = 1; i <= 4; i++) events.push(send(0, i));
    for (let i = 1; i <= 4; i++) events.push(recv(i * 100, i));
    const f = computeFigures(events, 1000);
    expect(f.completed).toBe(4);
    expect(f.latency.p50).toBe(200);
    expect(f.latency.max).toBe(400);
    expect(f.latency.p99).toBe(400);
    // 4 responses over a 1 s window (the run is shorter than one window).
    expect(f.throughput).toBe(4);
    expect(f.windows).toHaveLength(1);
  });

  it('counts errors by status and connect timeouts, and windows them', () => {
    const events = [
      send(0, 1),
      send(0, 2),
      send(0, 3),
      send(1500, 4),
      recv(100, 1, 502),
      recv(200, 2, 504),
      recv(1600, 4, 200),
    ];
    events.push(
      ev(10, 3, {
        type: 'client.error',
        actor: 'c',
        note: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
      }),
    );
    events.sort((a, b) => a.t - b.t);
    const f = computeFigures(events, 1000);
    expect(f.errors).toEqual({
      '502': 1,
      '503': 0,
      '504': 1,
      timeout: 1,
      reset: 0,
      other5xx: 0,
    });
    expect(f.ok).toBe(1);
    expect(f.windows.map((w) => w.errors)).toEqual([3, 0]);
    expect(f.windows.map((w) => w.throughput)).toEqual([3, 1]);
  });

  it('tracks queue, busy threads and CPU time', () => {
    const e: TraceEvent[] = [
      ev(0, 1, { type: 'listener.enqueue', actor: 'l', queue: 1, backlog: 8 }),
      ev(0, 2, { type: 'listener.enqueue', actor: 'l', queue: 2, backlog: 8 }),
      ev(1, 1, { type: 'listener.accept', actor: 'p', pid: 2, queue: 1 }),
      ev(1, 1, { type: 'thread.assign', actor: 'p', pid: 2, tid: 1 }),
      ev(1, 1, {
        type: 'work.cpu',
        actor: 'p',
        pid: 2,
        tid: 1,
        ms: 30,
        work: { code: 'work.compute' },
      }),
      ev(2, 2, { type: 'thread.assign', actor: 'p', pid: 2, tid: 2 }),
      ev(40, 1, { type: 'thread.release', actor: 'p', pid: 2, tid: 1 }),
    ];
    const f = computeFigures(e, 1000);
    expect(f.maxQueue).toBe(2);
    expect(f.maxBusy).toBe(2);
    expect(f.windows[0].busy).toBe(1);
    expect(f.cpuMs).toBe(30);
  });
});

describe('memory', () => {
  it('counts copy-on-write pages once per parent', () => {
    const m = { code: 1000, data: 500, heap: 2500, stack: 8, shared: 3000 };
    const one = memoryOf([{ parent: 1, memory: m, threads: 1 }]);
    expect(one).toBe(4000 + 8);
    const three = memoryOf([1, 2, 3].map(() => ({ parent: 1, memory: m, threads: 1 })));
    // 3 × private (1000 + 8) + shared 3000 once
    expect(three).toBe(3 * 1008 + 3000);
    // `stack` is the process's total: four threads of 8 KiB each.
    const threads = memoryOf([
      { parent: 1, memory: { ...m, shared: 0, stack: 4 * 8 }, threads: 4 },
    ]);
    expect(threads).toBe(4000 + 4 * 8);
  });
});

describe('connections queued inside a gthread worker', () => {
  it('count as waiting, like the listen queue, until a thread takes them', () => {
    const e: TraceEvent[] = [
      ev(0, 1, { type: 'listener.enqueue', actor: 'l', queue: 1, backlog: 8 }),
      ev(0, 1, { type: 'listener.accept', actor: 'p', pid: 7, queue: 0 }),
      ev(0, 1, { type: 'worker.queue', actor: 'p', pid: 7, waiting: 1, threads: 1 }),
      ev(0, 2, { type: 'listener.enqueue', actor: 'l', queue: 1, backlog: 8 }),
      ev(0, 2, { type: 'listener.accept', actor: 'p', pid: 7, queue: 0 }),
      ev(0, 2, { type: 'worker.queue', actor: 'p', pid: 7, waiting: 2, threads: 1 }),
      ev(500, 1, { type: 'thread.assign', actor: 'p', pid: 7, tid: 1 }),
    ];
    const f = computeFigures(e, 1000);
    expect(f.maxQueue).toBe(2);
    expect(f.windows[0].queue).toBe(1);
  });
});
