import { describe, expect, it } from 'vitest';
import { answerOf, ofType, play } from './testing';

/** gunicorn gthread: P processes × T threads, worker_connections per worker. */
const gthread = (threads: number, connectionsPerWorker = 1000) => ({
  dispatch: { model: 'threads' as const, processes: 1, threads, connectionsPerWorker },
});

describe('gthread queues connections inside the worker', () => {
  it('accepts while every thread is busy; the extra connections wait in the worker, not in the listen queue', () => {
    const trace = play(gthread(2), [
      { path: '/io/100' },
      { path: '/io/100' },
      { path: '/io/100' },
      { path: '/io/100' },
    ]);
    // All four are accepted at once; the listen queue is empty again right away.
    expect(ofType(trace, 'listener.accept').map((e) => [e.rid, e.t, e.queue])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
    ]);
    expect(ofType(trace, 'worker.queue').map((e) => [e.rid, e.waiting, e.threads])).toEqual([
      [3, 1, 2],
      [4, 2, 2],
    ]);
    // They get a thread as the first two finish, oldest first.
    const assigned = ofType(trace, 'thread.assign').map((e) => [e.rid, e.t]);
    expect(assigned).toEqual([
      [1, 0],
      [2, 0],
      [3, 100],
      [4, 100],
    ]);
    expect([3, 4].map((r) => answerOf(trace, r).t)).toEqual([200, 200]);
  });

  it('beyond worker_connections the worker stops accepting and the listen queue fills', () => {
    const trace = play(gthread(2, 3), [
      { path: '/io/100' },
      { path: '/io/100' },
      { path: '/io/100' },
      { path: '/io/100' },
    ]);
    // Three connections (2 threads + 1 queued) fill the worker; the fourth waits in the listen queue.
    expect(ofType(trace, 'listener.enqueue').find((e) => e.rid === 4)!.queue).toBe(1);
    expect(
      ofType(trace, 'worker.queue')
        .filter((e) => e.t === 0)
        .map((e) => e.rid),
    ).toEqual([3]);
    const fourth = ofType(trace, 'listener.accept').find((e) => e.rid === 4)!;
    expect(fourth.t).toBe(100);
  });

  it('sync (prefork) workers never queue inside themselves', () => {
    const trace = play({ dispatch: { model: 'prefork' as const, processes: 1 } }, [
      { path: '/io/100' },
      { path: '/io/100' },
    ]);
    expect(ofType(trace, 'worker.queue')).toHaveLength(0);
    expect(ofType(trace, 'listener.accept').map((e) => e.t)).toEqual([0, 100]);
  });

  it('a crashed gthread worker loses the connections queued inside it too: one answer each', () => {
    const trace = play(
      gthread(1),
      [{ path: '/io/100' }, { path: '/io/100' }, { path: '/io/100' }],
      [{ at: 50, kind: 'crash-worker' }],
    );
    for (const rid of [1, 2, 3]) {
      expect(answerOf(trace, rid)).toMatchObject({
        type: 'client.error',
        t: 50,
        note: { code: 'network.reset', fate: 'crashed' },
      });
      const answers = trace.events.filter(
        (e) => e.rid === rid && (e.type === 'client.receive' || e.type === 'client.error'),
      );
      expect(answers).toHaveLength(1);
    }
  });
});
