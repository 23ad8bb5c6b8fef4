import { describe, expect, it } from 'vitest';
import { KERNEL_CONNECT_TIMEOUT_MS, synSentAfter } from './handshake';
import { answerOf, ofType, play, statusOf } from './testing';

/** One sync worker, a listen queue of 1, no worker timeout (so only the handshake can end a wait). */
const full = (web: Record<string, unknown> = {}) => ({
  dispatch: { model: 'prefork' as const, processes: 1, timeoutMs: 0 },
  listener: { backlog: 1 },
  web,
});

describe('a full listen queue drops the SYN (Linux, tcp_abort_on_overflow = 0)', () => {
  it('retransmits on the kernel schedule: 0, 1, 3, 7, 15, 31, 63 s; gives up at 127 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => synSentAfter(n))).toEqual([
      0, 1000, 3000, 7000, 15_000, 31_000, 63_000,
    ]);
    expect(KERNEL_CONNECT_TIMEOUT_MS).toBe(127_000);
  });

  it('is not refused: the client waits, and a retried SYN gets in once the queue has room', () => {
    const trace = play(full(), [{ path: '/io/100' }, { path: '/io/100' }, { path: '/io/100' }]);
    const drops = ofType(trace, 'listener.drop');
    expect(drops).toEqual([
      expect.objectContaining({ rid: 3, t: 0, attempt: 1, retryInMs: 1000, queue: 1, backlog: 1 }),
    ]);
    // Request 2 leaves the queue at 100 ms; SYN number 2 of request 3 arrives at 1 s.
    const late = ofType(trace, 'listener.enqueue').filter((e) => e.rid === 3);
    expect(late).toEqual([expect.objectContaining({ t: 1000, attempt: 2 })]);
    expect(answerOf(trace, 3)).toMatchObject({ type: 'client.receive', t: 1100 });
    expect(statusOf(trace, 3)).toBe(200);
  });

  it('without a proxy the client’s connect() times out after 127 s, having sent 7 SYNs', () => {
    const trace = play(full(), [
      { path: '/io/200000' },
      { path: '/io/200000' },
      { path: '/io/200000' },
    ]);
    const drops = ofType(trace, 'listener.drop');
    expect(drops.map((e) => [e.t, e.attempt, e.retryInMs])).toEqual([
      [0, 1, 1000],
      [1000, 2, 2000],
      [3000, 3, 4000],
      [7000, 4, 8000],
      [15_000, 5, 16_000],
      [31_000, 6, 32_000],
      [63_000, 7, null],
    ]);
    expect(answerOf(trace, 3)).toMatchObject({
      type: 'client.error',
      t: 127_000,
      note: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
    });
    // Every request still gets exactly one answer.
    for (const rid of [1, 2, 3])
      expect(
        trace.events.filter(
          (e) => e.rid === rid && e.type.startsWith('client.') && e.type !== 'client.send',
        ),
      ).toHaveLength(1);
  });

  it('behind nginx (TCP upstream): 504 after proxy_connect_timeout, not an immediate 502', () => {
    const trace = play(full({ mode: 'proxy' }), [
      { path: '/io/200000' },
      { path: '/io/200000' },
      { path: '/io/200000' },
    ]);
    expect(statusOf(trace, 3)).toBe(504);
    const err = ofType(trace, 'proxy.upstream_error').find((e) => e.rid === 3)!;
    expect(err.status).toBe(504);
    expect(err.note).toEqual({
      code: 'upstream.connect_timeout',
      upstream: '127.0.0.1:8000',
      ms: 60_000,
      syns: 6,
    });
    const sent = trace.events.find((e) => e.rid === 3 && e.type === 'proxy.forward')!.t;
    expect(err.t - sent).toBe(60_000);
    // The last SYN nginx's kernel sends before the deadline says so.
    expect(
      ofType(trace, 'listener.drop')
        .filter((e) => e.rid === 3)
        .at(-1),
    ).toMatchObject({
      attempt: 6,
      retryInMs: null,
    });
  });

  it('a shorter proxy_connect_timeout ends the wait sooner (5 s: SYNs at 0, 1 and 3 s)', () => {
    const trace = play(full({ mode: 'proxy', connectTimeoutMs: 5000 }), [
      { path: '/io/200000' },
      { path: '/io/200000' },
      { path: '/io/200000' },
    ]);
    const err = ofType(trace, 'proxy.upstream_error').find((e) => e.rid === 3)!;
    expect(err.note).toMatchObject({ code: 'upstream.connect_timeout', ms: 5000, syns: 3 });
    expect(statusOf(trace, 3)).toBe(504);
  });

  it('proxy_read_timeout starts once the connection is in the queue, not at the first SYN', () => {
    // Request 3's first SYN (0.5 s) is dropped; its second (1.5 s) gets in as request 1 ends,
    // and it is served 3.0–3.1 s: within 2 s of connecting, though 2.6 s after it was sent.
    const trace = play(full({ mode: 'proxy', upstreamTimeoutMs: 2000 }), [
      { path: '/io/1500' },
      { path: '/io/1500' },
      { at: 500, path: '/io/100' },
    ]);
    expect(ofType(trace, 'listener.enqueue').find((e) => e.rid === 3)).toMatchObject({
      t: 1500,
      attempt: 2,
    });
    expect(statusOf(trace, 3)).toBe(200);
    expect(answerOf(trace, 3).t).toBe(3100);
    // Request 2 was connected (queued) at once: its 2 s ran out while it waited.
    expect(statusOf(trace, 2)).toBe(504);
  });
});
