import { describe, expect, it } from 'vitest';
import { createPlayer } from './player';
import type { TraceEvent, TracePayload } from '../sim/types';

function trace(payloads: [number | null, TracePayload][]): TraceEvent[] {
  return payloads.map(([rid, p], seq) => ({ ...p, seq, t: seq * 2, rid }) as TraceEvent);
}

const send = (rid: number): [number, TracePayload] => [
  rid,
  {
    type: 'client.send',
    actor: `client:${rid}`,
    method: 'GET',
    url: 'https://demo.test/',
    headers: [],
    bodyBytes: 0,
  },
];

describe('the listen queue and a gthread worker’s own queue', () => {
  it('a dropped SYN is counted and leaves the request waiting, not answered', () => {
    const events = trace([
      send(1),
      [
        1,
        {
          type: 'listener.drop',
          actor: 'listener',
          queue: 2,
          backlog: 2,
          attempt: 1,
          retryInMs: 1000,
        },
      ],
    ]);
    const snap = createPlayer(events).at(1);
    expect(snap.stats.dropped).toBe(1);
    expect(snap.requests[1].direction).not.toBe('out');
    expect(snap.stats.answered).toBe(0);
  });

  it('a connection queued inside a worker is in that worker, on no thread yet', () => {
    const events = trace([
      send(1),
      [1, { type: 'listener.enqueue', actor: 'listener', queue: 1, backlog: 8 }],
      [1, { type: 'listener.accept', actor: 'proc:7', pid: 7, queue: 0 }],
      [1, { type: 'worker.queue', actor: 'proc:7', pid: 7, waiting: 1, threads: 2 }],
      [1, { type: 'thread.assign', actor: 'proc:7/thread:2', pid: 7, tid: 2 }],
    ]);
    const player = createPlayer(events);
    const queued = player.at(3).requests[1];
    expect([queued.place, queued.pid, queued.tid]).toEqual(['worker', 7, null]);
    expect(player.at(4).requests[1].tid).toBe(2);
  });
});
