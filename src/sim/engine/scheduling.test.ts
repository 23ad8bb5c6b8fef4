import { describe, expect, it } from 'vitest';
import { answerOf, ofType, play, statusOf } from './testing';

const threads = (processes: number, t: number) => ({
  dispatch: { model: 'threads' as const, processes, threads: t },
});

describe('threads and the GIL', () => {
  it('two CPU-bound 100 ms requests on one process with two threads finish at about 200 ms, taking 5 ms turns', () => {
    const trace = play(threads(1, 2), [{ path: '/cpu/100' }, { path: '/cpu/100' }]);
    const ends = [answerOf(trace, 1).t, answerOf(trace, 2).t].sort((a, b) => a - b);
    expect(ends[0]).toBeGreaterThanOrEqual(190);
    expect(ends[1]).toBe(200);
    const runs = ofType(trace, 'work.cpu');
    expect(runs.length).toBe(40);
    expect(runs.every((r) => r.ms === 5)).toBe(true);
    // turns alternate between the two threads
    for (let i = 1; i < runs.length; i++) expect(runs[i].tid).not.toBe(runs[i - 1].tid);
    expect(ofType(trace, 'gil.acquire').length).toBeGreaterThanOrEqual(40);
  });

  it('on two processes and two cores they run in parallel and finish at 100 ms', () => {
    const trace = play(threads(2, 1), [{ path: '/cpu/100' }, { path: '/cpu/100' }]);
    expect(answerOf(trace, 1).t).toBe(100);
    expect(answerOf(trace, 2).t).toBe(100);
    expect(ofType(trace, 'work.cpu').map((e) => e.ms)).toEqual([100, 100]);
  });

  it('with one core, two processes are time-sliced by the OS', () => {
    const trace = play({ ...threads(2, 1), cores: 1 }, [
      { path: '/cpu/100' },
      { path: '/cpu/100' },
    ]);
    expect(Math.max(answerOf(trace, 1).t, answerOf(trace, 2).t)).toBe(200);
  });

  it('I/O-bound requests overlap: the GIL is released while waiting', () => {
    const trace = play(threads(1, 2), [{ path: '/io/100' }, { path: '/io/100' }]);
    expect(answerOf(trace, 1).t).toBe(100);
    expect(answerOf(trace, 2).t).toBe(100);
    expect(ofType(trace, 'gil.release').length).toBeGreaterThanOrEqual(2);
  });

  it('reports wsgi.multithread to the WSGI server', () => {
    const trace = play(threads(1, 2), [{ path: '/x' }]);
    expect(answerOf(trace, 1)).toMatchObject({ bodyPreview: expect.stringContaining('mt=true') });
  });
});

describe('event loop', () => {
  const event = { dispatch: { model: 'event' as const, processes: 1, connectionsPerWorker: 100 } };

  it('overlaps non-blocking I/O on one thread', () => {
    const trace = play(event, [{ path: '/io/100' }, { path: '/io/100' }, { path: '/io/100' }]);
    for (const rid of [1, 2, 3]) expect(answerOf(trace, rid).t).toBe(100);
  });

  it('a blocking call stalls every connection on the loop', () => {
    const trace = play(event, [
      { path: '/io/100' },
      { path: '/io/100' },
      { at: 80, path: '/block/50' },
    ]);
    const stall = ofType(trace, 'loop.stall');
    expect(stall).toHaveLength(1);
    expect(stall[0]).toMatchObject({ ms: 50, waiting: 2, t: 80 });
    // the I/O finished at 100 but the loop could only come back to them at 130
    expect(answerOf(trace, 1).t).toBe(130);
    expect(answerOf(trace, 2).t).toBe(130);
  });

  it('a loop stuck in a blocking call cannot accept(): a new connection waits in the listen queue until the call returns', () => {
    const trace = play(event, [{ path: '/block/100' }, { at: 30, path: '/x' }]);
    expect(ofType(trace, 'listener.enqueue').find((e) => e.rid === 2)).toMatchObject({
      t: 30,
      queue: 1,
    });
    expect(ofType(trace, 'listener.accept').find((e) => e.rid === 2)!.t).toBe(100);
    expect(answerOf(trace, 2).t).toBe(100);
  });

  it('a loop running Python (CPU) cannot accept() either', () => {
    const trace = play(event, [{ path: '/cpu/50' }, { at: 10, path: '/x' }]);
    expect(ofType(trace, 'listener.accept').find((e) => e.rid === 2)!.t).toBe(50);
  });

  it('during a stall the loop does nothing for any other connection (no accept, no step, no I/O start)', () => {
    const trace = play(event, [
      { path: '/io/20' },
      { at: 5, path: '/block/100' },
      { at: 10, path: '/io/10' },
      { at: 50, path: '/x' },
    ]);
    const stalls = ofType(trace, 'loop.stall');
    expect(stalls).toHaveLength(1);
    const { t, ms, rid } = stalls[0];
    const during = trace.events.filter(
      (e) => e.actor.startsWith('proc:') && e.rid !== rid && e.t > t && e.t < t + ms,
    );
    expect(during).toEqual([]);
    // and afterwards every request is served
    for (const r of [1, 2, 3, 4]) expect(answerOf(trace, r).type).toBe('client.receive');
  });

  it('caps connections per worker; the rest wait in the accept queue', () => {
    const trace = play({ dispatch: { ...event.dispatch, connectionsPerWorker: 2 } }, [
      { path: '/io/100' },
      { path: '/io/100' },
      { path: '/io/100' },
    ]);
    expect(answerOf(trace, 3).t).toBe(200);
  });
});

describe('prefork', () => {
  const prefork = (processes: number, more = {}) => ({
    dispatch: { model: 'prefork' as const, processes, ...more },
  });

  it('one request at a time per worker: a queue forms', () => {
    const trace = play(prefork(2), [{ path: '/io/100' }, { path: '/io/100' }, { path: '/io/100' }]);
    expect([1, 2, 3].map((r) => answerOf(trace, r).t)).toEqual([100, 100, 200]);
    expect(ofType(trace, 'listener.enqueue').map((e) => e.queue)).toEqual([1, 1, 1]);
  });

  it('recycles a worker after maxRequests and forks a fresh one', () => {
    const trace = play(prefork(1, { maxRequests: 2 }), [
      { path: '/a' },
      { at: 10, path: '/b' },
      { at: 20, path: '/c' },
    ]);
    const exits = ofType(trace, 'process.exit');
    expect(exits).toHaveLength(1);
    expect(exits[0]).toMatchObject({ reason: 'recycled', t: 10 });
    const workers = ofType(trace, 'process.spawn').filter((e) => e.role === 'worker');
    expect(workers).toHaveLength(2);
    const accepts = ofType(trace, 'listener.accept');
    expect(accepts[2].pid).toBe(workers[1].pid);
    expect(statusOf(trace, 3)).toBe(200);
  });

  it('a crashed worker: its request fails with 502 and the master respawns it', () => {
    const trace = play(
      { ...prefork(1), web: { mode: 'proxy' } },
      [{ path: '/io/100' }, { at: 50, path: '/after' }],
      [{ at: 20, kind: 'crash-worker' }],
    );
    expect(ofType(trace, 'process.exit')[0]).toMatchObject({ reason: 'crashed', t: 20 });
    expect(statusOf(trace, 1)).toBe(502);
    expect(answerOf(trace, 1).t).toBe(20);
    expect(statusOf(trace, 2)).toBe(200);
    expect(ofType(trace, 'process.spawn').filter((e) => e.role === 'worker')).toHaveLength(2);
  });

  it('worker timeout: the master kills a silent worker; nginx answers 502', () => {
    const trace = play({ ...prefork(1, { timeoutMs: 50 }), web: { mode: 'proxy' } }, [
      { path: '/io/100' },
    ]);
    expect(ofType(trace, 'process.exit')[0]).toMatchObject({
      reason: 'killed',
      actor: 'master',
      t: 50,
    });
    expect(statusOf(trace, 1)).toBe(502);
  });

  it('proxy timeout: 504 while the worker keeps running its request', () => {
    const trace = play({ ...prefork(1), web: { mode: 'proxy', upstreamTimeoutMs: 50 } }, [
      { path: '/io/100' },
    ]);
    expect(statusOf(trace, 1)).toBe(504);
    expect(answerOf(trace, 1).t).toBe(50);
    const release = ofType(trace, 'thread.release');
    expect(release[0].t).toBe(100);
  });

  it('a slow upload ties up a sync worker without a buffering proxy', () => {
    const trace = play(prefork(1), [
      { path: '/a', uploadMs: 300 },
      { at: 1, path: '/b' },
    ]);
    expect(answerOf(trace, 2).t).toBe(300);
  });

  it('a buffering proxy absorbs slow clients so the worker is freed at once', () => {
    const trace = play({ ...prefork(1), web: { mode: 'proxy', buffering: true } }, [
      { path: '/a', uploadMs: 300, downloadMs: 300 },
      { at: 1, path: '/b' },
    ]);
    expect(answerOf(trace, 2).t).toBe(1);
    expect(answerOf(trace, 1).t).toBe(600);
    expect(ofType(trace, 'proxy.buffer').filter((e) => e.rid === 1)).toHaveLength(2);
  });
});

describe('fork per connection', () => {
  it('forks a child per connection that exits when done; run_once semantics', () => {
    const trace = play({ dispatch: { model: 'fork' } }, [{ path: '/io/10' }, { path: '/io/10' }]);
    const spawns = ofType(trace, 'process.spawn');
    expect(spawns.map((s) => s.role)).toEqual(['master', 'child', 'child']);
    expect(spawns[1].memory.shared).toBeGreaterThan(0);
    expect(ofType(trace, 'process.exit').map((e) => e.reason)).toEqual(['done', 'done']);
    const master = spawns[0].pid;
    expect(ofType(trace, 'listener.accept').every((a) => a.pid === master)).toBe(true);
    expect(answerOf(trace, 1).t).toBe(12);
  });
});

describe('memory', () => {
  it('a prefork worker starts fully shared with the master and loses sharing request by request', () => {
    const trace = play({ dispatch: { model: 'prefork', processes: 1 } }, [
      { path: '/a' },
      { at: 10, path: '/b' },
      { at: 20, path: '/c' },
    ]);
    const worker = ofType(trace, 'process.spawn').find((e) => e.role === 'worker')!;
    const m = worker.memory;
    expect(m.shared).toBe(m.code + m.data + m.heap);
    const shared = ofType(trace, 'thread.release').map((e) => e.memory!.shared);
    expect(shared).toHaveLength(3);
    expect(shared[0]).toBeLessThan(m.shared);
    expect(shared[1]).toBeLessThan(shared[0]);
    expect(shared[2]).toBeLessThan(shared[1]);
    expect(shared[2]).toBeGreaterThanOrEqual(m.code);
  });

  it('the master is not shared with anyone; threads share one map with one stack each', () => {
    const trace = play({ dispatch: { model: 'threads', processes: 1, threads: 4 } }, []);
    const [master, worker] = ofType(trace, 'process.spawn');
    expect(master.memory.shared).toBe(0);
    expect(worker.threads).toBe(4);
    expect(worker.memory.stack).toBe(4 * master.memory.stack);
  });
});
