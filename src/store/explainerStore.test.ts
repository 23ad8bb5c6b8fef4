import { describe, expect, it } from 'vitest';
import { createExplainerStore } from './explainerStore';
import type { TraceEvent } from '../sim/types';

function requestEvents(rids: number[], t0 = 0): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const rid of rids) {
    out.push({
      seq: out.length,
      t: t0 + out.length,
      rid,
      type: 'client.send',
      actor: `client:${rid}`,
      method: 'GET',
      url: `https://demo.test/${rid}`,
      headers: [],
      bodyBytes: 0,
    });
    out.push({
      seq: out.length,
      t: t0 + out.length,
      rid,
      type: 'client.receive',
      actor: `client:${rid}`,
      status: 200,
      reason: 'OK',
      headers: [],
      bodyBytes: 0,
      bodyPreview: '',
    });
  }
  return out;
}

describe('explainer store', () => {
  it('clamps seeking and stepping to the timeline', () => {
    const store = createExplainerStore({
      scene: 'wsgi',
      events: requestEvents([1, 2]),
      lang: 'en',
    });
    const s = store.getState();
    expect(s.step).toBe(-1);
    s.seek(99);
    expect(store.getState().step).toBe(3);
    s.stepBy(-10);
    expect(store.getState().step).toBe(-1);
    s.seek(Number.NaN);
    expect(store.getState().step).toBe(-1);
    s.setSpeed(100);
    expect(store.getState().speed).toBe(4);
    s.setSpeed(0.01);
    expect(store.getState().speed).toBe(0.25);
  });

  it('plays to the end of a locked range and stops there', () => {
    const store = createExplainerStore({
      scene: 'wsgi',
      events: requestEvents([1, 2, 3]),
      lang: 'en',
      range: { from: 1, to: 3 },
    });
    const s = store.getState();
    s.restart();
    expect(store.getState().step).toBe(1);
    s.play();
    let ticks = 0;
    while (store.getState().tick()) ticks++;
    expect(ticks).toBe(2);
    expect(store.getState().step).toBe(3);
    expect(store.getState().playing).toBe(false);
    s.seek(5);
    expect(store.getState().step).toBe(3);
  });

  it('appends live requests as their world numbered them, indexes them in the timeline and jumps to them', () => {
    const store = createExplainerStore({
      scene: 'wsgi',
      events: requestEvents([1, 2]),
      lang: 'en',
    });
    // The scene's own world numbers live requests after the scene's (no renumbering here).
    store.getState().appendLive(requestEvents([3], 500));
    const st = store.getState();
    expect(st.length).toBe(6);
    expect(st.step).toBe(4);
    expect(st.playing).toBe(true);
    expect(st.live).toBe(1);
    const live = st.player.event(4);
    expect(live.rid).toBe(3);
    expect(live.seq).toBe(4);
    expect(live.t).toBe(500);
    store.getState().appendLive(requestEvents([4], 900));
    expect(store.getState().player.event(6).rid).toBe(4);
    expect(store.getState().player.at(7).requests[4].done).toBe(true);
  });

  it('in a rush, jumps to the end of the newest live request and rests there until the rush ends', () => {
    const store = createExplainerStore({
      scene: 'wsgi',
      events: requestEvents([1, 2]),
      lang: 'en',
    });
    store.getState().setScene('wsgi', requestEvents([1, 2]), 3, null, [{ end: 1 }, { end: 3 }]);
    store.getState().appendLive(requestEvents([3, 4, 5], 500), 3, 'rush');
    const st = store.getState();
    expect(st.length).toBe(10);
    expect(st.step).toBe(9);
    expect(st.player.event(9).rid).toBe(5);
    expect(st.playing).toBe(false);
    expect(st.goal).toBeNull();
    expect(st.rush).toBe(true);
    expect(st.live).toBe(3);
    // Each request still has its beats.
    expect(st.beats.map((b) => b.end)).toEqual([1, 3, 5, 7, 9]);
    store.getState().endRush();
    expect(store.getState().rush).toBe(false);
    store.getState().appendLive(requestEvents([6], 900), 1, 'rush');
    store.getState().setScene('wsgi', requestEvents([1]));
    expect(store.getState().rush).toBe(false);
  });

  it('keeps two widgets independent', () => {
    const a = createExplainerStore({ scene: 'wsgi', events: requestEvents([1, 2]), lang: 'en' });
    const b = createExplainerStore({ scene: 'wsgi', events: requestEvents([1, 2]), lang: 'ko' });
    a.getState().seek(2);
    expect(a.getState().step).toBe(2);
    expect(b.getState().step).toBe(-1);
  });
});

describe('bounded timeline', () => {
  it('stays bounded when one batch is bigger than KEEP_EVENTS, even with every client.send first', async () => {
    const { KEEP_EVENTS, MAX_EVENTS } = await import('./explainerStore');
    const store = createExplainerStore({ scene: 'wsgi', events: requestEvents([1]), lang: 'en' });
    let rid = 2;
    for (let wave = 0; wave < 3; wave++) {
      // Concurrent requests: all sends, then each waits in the queue a while, then all answers.
      const n = Math.ceil(KEEP_EVENTS / 6) + 100;
      const batch = requestEvents(
        Array.from({ length: n }, () => rid++),
        wave * 100_000,
      );
      const sends = batch.filter((e) => e.type === 'client.send');
      const answers = batch.filter((e) => e.type === 'client.receive');
      const waits = sends.flatMap((e) =>
        [1, 2, 3, 4].map((k): TraceEvent => ({
          ...e,
          type: 'listener.enqueue',
          actor: 'listener',
          queue: k,
          backlog: 2048,
        })),
      );
      const wave6 = [...sends, ...waits, ...answers];
      expect(wave6.length).toBeGreaterThan(KEEP_EVENTS);
      store.getState().appendLive(wave6, n);
      expect(store.getState().length).toBeLessThanOrEqual(MAX_EVENTS);
    }
    const s = store.getState();
    const end = s.player.at(s.length - 1);
    expect(end.stats.sent).toBe(rid - 1);
    expect(end.stats.answered).toBe(rid - 1);
    expect(s.step).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('lets go of the oldest requests past MAX_EVENTS and keeps the state they led to', async () => {
    const { MAX_EVENTS } = await import('./explainerStore');
    const store = createExplainerStore({ scene: 'wsgi', events: requestEvents([1]), lang: 'en' });
    const perRequest = 2;
    const total = Math.ceil((MAX_EVENTS * 2) / perRequest);
    for (let i = 0; i < total; i++) store.getState().appendLive(requestEvents([i + 2], i * 10));
    const s = store.getState();
    expect(s.length).toBeLessThanOrEqual(MAX_EVENTS);
    expect(s.dropped).toBe(total + 1 - s.length / perRequest);
    // Every request sent is still counted, and the last one is intact and steppable.
    const end = s.player.at(s.length - 1);
    expect(end.stats.sent).toBe(total + 1);
    expect(end.stats.answered).toBe(total + 1);
    const lastRid = s.player.event(s.length - 1).rid!;
    expect(end.requests[lastRid].done).toBe(true);
    expect(s.player.event(0).type).toBe('client.send');
    expect(s.player.event(0).seq).toBe(0);
    // Stepping back still works across the whole kept timeline.
    expect(s.player.at(-1).stats.sent).toBe(total + 1 - s.length / perRequest);
  }, 60_000);
});
