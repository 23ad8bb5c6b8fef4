import { describe, expect, it } from 'vitest';
import { defaultLanes } from './lanes';
import { defaultLoad, runLab } from './lab';
import type { ExtraRequest, LabFault, LaneId, LaneSizes, LaneSpec, LoadSpec } from './types';

/** No generated load: only the hand-written requests and faults. */
const quiet: LoadSpec = { ...defaultLoad, mode: 'open', ratePerSec: 0, durationMs: 0 };

function lanes(sizes: Partial<LaneSizes>, ...ids: LaneId[]): LaneSpec[] {
  const all = defaultLanes({
    workers: 1,
    processes: 1,
    threads: 1,
    loopWorkers: 1,
    cores: 1,
    ...sizes,
  });
  return ids.map((id) => all.find((l) => l.id === id)!);
}

function run(ls: LaneSpec[], extra: ExtraRequest[], faults: LabFault[] = [], spec = quiet) {
  const r = runLab(spec, ls, faults, { extra });
  return Object.fromEntries(r.lanes.map((l) => [l.id, l])) as Record<
    LaneId,
    (typeof r.lanes)[number]
  >;
}

const at0 = (path: string, n: number, at = 0): ExtraRequest[] =>
  Array.from({ length: n }, () => ({ at, method: 'GET', path }));

describe('figures through the real engine', () => {
  it('one sync worker, fixed service times: latencies s, 2s, 3s', () => {
    const one = run(lanes({}, 'prefork'), at0('/slow?ms=100', 1)).prefork.figures;
    const s = one.latency.max!;
    // 100 ms of I/O plus Flask's request context and URL match (0.8 ms of Python).
    expect(s).toBeCloseTo(100.8, 6);
    const f = run(lanes({}, 'prefork'), at0('/slow?ms=100', 3)).prefork.figures;
    expect(f.completed).toBe(3);
    expect(f.ok).toBe(3);
    expect(f.latency.p50).toBeCloseTo(2 * s, 6);
    expect(f.latency.max).toBeCloseTo(3 * s, 6);
    expect(f.maxQueue).toBe(2);
    expect(f.maxBusy).toBe(1);
  });

  it('CPU-bound work: 1 process × 4 threads is ~4× slower than 4 processes on 4 cores (the GIL)', () => {
    const cpu = at0('/cpu?ms=100', 4);
    const procs = run(lanes({ workers: 4, cores: 4 }, 'prefork'), cpu).prefork.figures;
    const threads = run(lanes({ processes: 1, threads: 4, cores: 4 }, 'threads'), cpu).threads
      .figures;
    expect(procs.latency.max!).toBeLessThan(110);
    const ratio = threads.latency.p50! / procs.latency.p50!;
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
    // The same CPU time was spent either way.
    expect(threads.cpuMs).toBeCloseTo(procs.cpuMs, 6);
  });

  it('a blocking call on the event loop delays every connection on it, not on prefork', () => {
    const io = at0('/slow?ms=100', 10);
    const block: LabFault[] = [{ at: 10, lane: 'all', kind: 'block-loop', ms: 1000 }];
    const calm = run(lanes({ loopWorkers: 1 }, 'event'), io).event.figures;
    const hit = run(lanes({ loopWorkers: 1, workers: 20 }, 'event', 'prefork'), io, block);
    expect(calm.latency.max!).toBeLessThan(110);
    // The ten I/O waits end at ~100 ms, but the loop is blocked until ~1010 ms.
    expect(hit.event.figures.latency.p50!).toBeGreaterThan(1000);
    expect(hit.prefork.figures.latency.p50!).toBeLessThan(110);
  });

  it('a full listen queue drops SYNs: the burst waits for the retries at 1, 3 and 7 s, nothing fails', () => {
    const burst: LabFault[] = [{ at: 0, lane: 'all', kind: 'overflow', count: 10 }];
    const r = run(lanes({ backlog: 2 }, 'prefork', 'proxy'), [], burst);
    for (const id of ['prefork', 'proxy'] as const) {
      const f = r[id].figures;
      // One accepted at once, two wait in the backlog, seven SYNs are dropped. They all come
      // back at 1 s: three get in (one accepted, two queued), four are dropped again; three
      // more get in at 3 s, the last at 7 s. All ten are answered; none is refused.
      expect(f.ok).toBe(10);
      expect(f.errors).toEqual({ '502': 0, '503': 0, '504': 0, timeout: 0, reset: 0, other5xx: 0 });
      expect(f.latency.max!).toBeGreaterThan(7000);
      expect(f.latency.max!).toBeLessThan(7100);
      expect(f.latency.p50!).toBeGreaterThan(1000);
    }
  });

  it('a slow client ties up a sync worker without a proxy, not behind a buffering proxy', () => {
    const slow: LabFault[] = [{ at: 0, lane: 'all', kind: 'slow-client', count: 1, ms: 5000 }];
    const r = run(
      lanes({}, 'prefork', 'proxy'),
      [{ at: 100, method: 'GET', path: '/hello/ada' }],
      slow,
    );
    const second = (id: LaneId) => r[id].figures.latency;
    // Without a proxy the one worker trickles the upload (5 s) and the download (5 s) first.
    expect(second('prefork').p50!).toBeGreaterThan(9800);
    // nginx buffers both ends: the worker is free at once.
    expect(second('proxy').p50!).toBeLessThan(50);
    expect(second('proxy').max!).toBeGreaterThan(10_000);
  });

  it('a request past the worker timeout: gunicorn kills the worker, nginx answers 502', () => {
    const hang: LabFault[] = [{ at: 0, lane: 'all', kind: 'worker-timeout', ms: 45_000 }];
    const r = run(lanes({}, 'proxy', 'prefork', 'event'), [], hang);
    expect(r.proxy.figures.errors['502']).toBe(1);
    expect(r.proxy.figures.latency.max!).toBeCloseTo(30_000, 0);
    expect(r.prefork.figures.errors.reset).toBe(1); // reset by peer
    // gevent's loop keeps heart-beating while the request waits cooperatively: it just takes 45 s.
    expect(r.event.figures.ok).toBe(1);
  });

  it('a crashed worker fails its request; the master forks a replacement that serves the next', () => {
    const crash: LabFault[] = [{ at: 50, lane: 'all', kind: 'crash-worker' }];
    const reqs = [...at0('/slow?ms=200', 1), ...at0('/hello/ada', 1, 100)];
    const r = run(lanes({}, 'proxy', 'prefork'), reqs, crash);
    expect(r.proxy.figures.errors['502']).toBe(1);
    expect(r.prefork.figures.errors.reset).toBe(1);
    expect(r.proxy.figures.ok).toBe(1);
    expect(r.prefork.figures.ok).toBe(1);
  });

  it('nginx refuses bodies over 1 MiB (413); the embedded lanes take them', () => {
    const big: ExtraRequest[] = [
      { at: 0, method: 'POST', path: '/upload', bodyBytes: 1200 * 1024 },
    ];
    const r = run(lanes({}, 'proxy', 'prefork'), big);
    expect(r.proxy.figures.clientErrors).toBe(1);
    expect(r.prefork.figures.clientErrors).toBe(0);
    expect(r.prefork.figures.ok).toBe(1);
  });
});

describe('the load', () => {
  const small: LoadSpec = { ...defaultLoad, clients: 30, thinkMs: 500, durationMs: 5000, seed: 3 };
  const sizes = { workers: 3, processes: 1, threads: 4, loopWorkers: 1, cores: 2 };

  it('open loop: every lane gets the same arrivals', () => {
    const open: LoadSpec = { ...small, mode: 'open', ratePerSec: 40 };
    const r = runLab(open, defaultLanes(sizes));
    const sent = r.lanes.map((l) => l.figures.sent);
    expect(sent[0]).toBeGreaterThan(150);
    expect(sent[0]).toBeLessThan(250);
    expect(new Set(sent).size).toBe(1);
  });

  it('same seed and settings: identical figures and frames; another seed differs', () => {
    const a = runLab(small, defaultLanes(sizes));
    const b = runLab(small, defaultLanes(sizes));
    const strip = (r: typeof a) => r.lanes.map((l) => ({ ...l, wallMs: 0 }));
    expect(strip(b)).toEqual(strip(a));
    const c = runLab({ ...small, seed: 4 }, defaultLanes(sizes));
    expect(c.lanes[0].figures).not.toEqual(a.lanes[0].figures);
  });

  it('a lane gives the same result alone or next to others', () => {
    const all = runLab(small, defaultLanes(sizes));
    const alone = runLab(small, [defaultLanes(sizes)[3]]);
    expect(alone.lanes[0].id).toBe('event');
    expect(alone.lanes[0].figures).toEqual(all.lanes[3].figures);
  });

  it('faults after the load ends still happen', () => {
    const late: LabFault[] = [{ at: 9000, lane: 'prefork', kind: 'block-loop', ms: 100 }];
    const r = runLab({ ...small, durationMs: 1000 }, defaultLanes(sizes), late);
    const prefork = r.lanes.find((l) => l.id === 'prefork')!;
    const fork = r.lanes.find((l) => l.id === 'fork')!;
    const before = prefork.frames.find((f) => f.t >= 8900)!;
    const last = prefork.frames[prefork.frames.length - 1];
    expect(last.t).toBeGreaterThan(9000);
    expect(last.sent - before.sent).toBe(1);
    expect(last.completed).toBe(last.sent);
    expect(fork.frames[fork.frames.length - 1].t).toBeLessThan(9000);
  });

  it('lean mode gives the same figures and frames as the full trace', () => {
    const faults: LabFault[] = [
      { at: 1000, lane: 'all', kind: 'crash-worker' },
      { at: 1500, lane: 'all', kind: 'block-loop', ms: 300 },
      { at: 2000, lane: 'all', kind: 'slow-client', count: 2, ms: 1500 },
    ];
    const lean = runLab(small, defaultLanes(sizes), faults, { record: 'lean' });
    const full = runLab(small, defaultLanes(sizes), faults, { record: 'full' });
    for (let i = 0; i < lean.lanes.length; i++) {
      expect(lean.lanes[i].figures.completed).toBeGreaterThan(50);
      expect(lean.lanes[i].figures).toEqual(full.lanes[i].figures);
      expect(lean.lanes[i].frames).toEqual(full.lanes[i].frames);
    }
  });

  it('nonsense settings are clamped, not run forever', () => {
    const bad = {
      ...small,
      clients: 5000,
      durationMs: Number.NaN,
      thinkMs: -5,
      ratePerSec: Infinity,
    };
    const r = runLab(bad, [defaultLanes(sizes)[3]], [], { frameMs: 0, drainMs: 1000 });
    expect(r.frameMs).toBe(10);
    // NaN duration falls back to 60 s; 1000 clients at most, thinking 0 ms.
    const last = r.lanes[0].frames[r.lanes[0].frames.length - 1];
    expect(last.t).toBeGreaterThanOrEqual(60_000);
    expect(last.t).toBeLessThanOrEqual(61_000);
    const open = runLab({ ...bad, mode: 'open', durationMs: 1000 }, [defaultLanes(sizes)[3]]);
    expect(open.lanes[0].figures.sent).toBeGreaterThan(4000);
    expect(open.lanes[0].figures.sent).toBeLessThan(6000);
  }, 20_000);

  it('frames: one per frameMs, consistent counts, ending when the last answer is in', () => {
    const r = runLab(small, defaultLanes(sizes), [], { frameMs: 100 });
    for (const lane of r.lanes) {
      const { frames, figures } = lane;
      frames.forEach((f, i) => {
        expect(f.t).toBeCloseTo(i * 100, 6);
        expect(f.inFlight).toBe(f.sent - f.completed);
        expect(f.queued + f.inWorker + f.serving + f.proxy).toBeGreaterThanOrEqual(f.inFlight);
        expect(f.workers.reduce((a, b) => a + b, 0)).toBe(f.serving);
      });
      const last = frames[frames.length - 1];
      expect(last.inFlight).toBe(0);
      expect(last.completed).toBe(figures.completed);
      expect(last.errors).toBe(figures.completed - figures.ok);
    }
  });
});

describe('closed-loop clients with no think time', () => {
  it('a full listen queue makes them wait on SYN retries, not fail or resend at once', () => {
    const spec: LoadSpec = {
      ...defaultLoad,
      clients: 300,
      thinkMs: 0,
      durationMs: 3000,
      mix: { static: 0, fast: 0, slow: 0, cpu: 1, upload: 0, slowClient: 0 },
    };
    const r = runLab(spec, lanes({ backlog: 4 }, 'prefork'), [], { drainMs: 5000 }).lanes[0];
    const e = r.figures.errors;
    expect(e.timeout + e.reset + e['502'] + e['504']).toBe(0);
    expect(r.figures.ok).toBeGreaterThan(0);
    // One client, one request at a time: nothing is resent while a SYN waits for its retry.
    expect(r.figures.sent).toBeLessThanOrEqual(300 + r.figures.completed);
    // Clients whose SYNs were dropped wait seconds for the kernel's retries.
    expect(r.figures.latency.max!).toBeGreaterThan(1000);
  }, 20_000);
});

describe('a gthread lane', () => {
  it('keeps connections waiting inside its workers, not in the listen queue', () => {
    const r = runLab(quiet, lanes({ processes: 1, threads: 2 }, 'threads'), [], {
      extra: at0('/slow?ms=500', 6),
    }).lanes[0];
    // At 100 ms: two requests on the two threads, four accepted and queued inside the worker.
    const f = r.frames.find((x) => x.t === 100)!;
    expect([f.serving, f.inWorker, f.queued]).toEqual([2, 4, 0]);
    expect(r.figures.maxQueue).toBe(4);
    expect(r.figures.ok).toBe(6);
  });
});
