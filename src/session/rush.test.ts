// Live requests arriving faster than the figure can show them (a script's
// loop, a load test): each is answered at once, they join the timeline
// together, and the figure jumps to the newest instead of walking each one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpRequest, HttpResponse } from '../sim/types';
import { FLUSH_MS, RUSH_END_MS, RUSH_GAP_MS, RUSH_MAX_WAITING, createPace } from './pace';
import { createSession, type Session } from './session';

const get = (path: string): HttpRequest => ({
  method: 'GET',
  url: `https://demo.test${path}`,
  headers: [['Host', 'demo.test']],
  body: new Uint8Array(),
});

afterEach(() => {
  vi.useRealTimers();
});

async function wsgiSession(): Promise<Session> {
  const session = createSession({ scene: 'wsgi', lang: 'en' });
  await session.ready();
  return session;
}

/** Sends one request and lets the arrival timer run; resolves with the answer. */
async function sendNow(session: Session, path: string): Promise<HttpResponse> {
  let answer: HttpResponse | null = null;
  void session.send(get(path)).then((r) => (answer = r));
  await vi.advanceTimersByTimeAsync(1);
  expect(answer).not.toBeNull();
  return answer!;
}

describe('live requests in a rush', () => {
  it('are answered at once while the figure holds still, join the timeline when they stop, and the figure lands on the newest', async () => {
    const session = await wsgiSession();
    const store = session.store;
    const sceneLength = store.getState().length;
    const sceneBeats = store.getState().beats.length;
    vi.useFakeTimers();
    let appends = 0;
    let steps = 0;
    let renders = 0;
    store.subscribe((s, prev) => {
      renders++;
      if (s.version !== prev.version) appends++;
      if (s.step !== prev.step) steps++;
    });
    const count = 40;
    const gap = 10; // a fetch() loop: one request every 10 ms, for 400 ms
    for (let i = 0; i < count; i++) {
      const live = store.getState().live;
      const answer = await sendNow(session, `/environ?i=${i}`);
      expect(answer.status).toBe(200);
      // Answered first: the figure catches up later, never before the answer.
      expect(store.getState().live).toBe(live);
      if (i >= 1) {
        // From the second request the figure holds still and a badge counts.
        expect(store.getState().rush).toBe(true);
        expect(store.getState().playing).toBe(false);
      }
      await vi.advanceTimersByTimeAsync(gap - 1);
    }
    const held = store.getState();
    // While they come, nothing joined the timeline (the first went too fast to join alone) and the cursor never moved.
    expect(appends).toBe(0);
    expect(steps).toBe(0);
    expect(held.waiting).toBeGreaterThan(count / 2);
    // A few store changes for the badge, not one per request.
    expect(renders).toBeLessThanOrEqual(Math.ceil((count * gap) / RUSH_GAP_MS) + 2);
    await vi.advanceTimersByTimeAsync(RUSH_GAP_MS);
    const s = store.getState();
    expect(s.live).toBe(count);
    // All of them join together, once.
    expect(appends).toBe(1);
    expect(s.waiting).toBe(0);
    // The newest request, answered, paused there; tokens jump to it.
    expect(s.step).toBe(s.length - 1);
    expect(s.player.event(s.step).type).toBe('client.receive');
    expect(s.playing).toBe(false);
    expect(s.goal).toBeNull();
    expect(s.rush).toBe(true);
    // Every request still has its beats on the timeline.
    const answered = s.beats
      .slice(sceneBeats)
      .filter((b) => s.player.event(b.end).type === 'client.receive');
    expect(answered).toHaveLength(count);
    expect(s.length).toBeGreaterThan(sceneLength);
    // Quiet again: the rush is over and the figure animates the next request as before.
    await vi.advanceTimersByTimeAsync(RUSH_END_MS);
    expect(store.getState().rush).toBe(false);
    await vi.advanceTimersByTimeAsync(RUSH_GAP_MS);
    const before = store.getState().length;
    await sendNow(session, '/environ?alone');
    await vi.advanceTimersByTimeAsync(FLUSH_MS);
    const after = store.getState();
    expect(after.rush).toBe(false);
    expect(after.playing).toBe(true);
    expect(after.step).toBe(before - 1);
  });

  it('stops a request that was playing when the rush begins', async () => {
    const session = await wsgiSession();
    const store = session.store;
    vi.useFakeTimers();
    await sendNow(session, '/environ?first');
    await vi.advanceTimersByTimeAsync(FLUSH_MS);
    expect(store.getState().playing).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    await sendNow(session, '/environ?second');
    const s = store.getState();
    expect(s.rush).toBe(true);
    expect(s.playing).toBe(false);
  });

  it('a long rush joins every RUSH_MAX_WAITING requests, so memory stays bounded', async () => {
    const session = await wsgiSession();
    const store = session.store;
    vi.useFakeTimers();
    let appends = 0;
    store.subscribe((s, prev) => {
      if (s.version !== prev.version) appends++;
    });
    const count = RUSH_MAX_WAITING * 2 + 20;
    for (let i = 0; i < count; i++) {
      await sendNow(session, `/environ?i=${i}`);
      await vi.advanceTimersByTimeAsync(1);
    }
    // Still rushing: two full batches joined (give or take the join timer's tick).
    expect(store.getState().rush).toBe(true);
    expect(appends).toBeGreaterThanOrEqual(1);
    expect(appends).toBeLessThanOrEqual(3);
    expect(store.getState().live).toBeGreaterThanOrEqual(RUSH_MAX_WAITING);
    await vi.advanceTimersByTimeAsync(RUSH_GAP_MS);
    expect(store.getState().live).toBe(count);
  });

  it('a single request, or two far apart, each play their beats', async () => {
    const session = await wsgiSession();
    vi.useFakeTimers();
    for (const path of ['/environ?a', '/environ?b']) {
      const before = session.store.getState().length;
      await sendNow(session, path);
      await vi.advanceTimersByTimeAsync(FLUSH_MS);
      const s = session.store.getState();
      expect(s.rush).toBe(false);
      expect(s.playing).toBe(true);
      expect(s.step).toBe(before - 1);
      session.store.getState().pause();
      await vi.advanceTimersByTimeAsync(RUSH_GAP_MS + 50);
    }
  });
});

describe('pace', () => {
  it('joins a lone request after one frame; a rush when it has been quiet for RUSH_GAP_MS', () => {
    const pace = createPace();
    expect(pace.arrive(1000)).toBe(false);
    expect(pace.delay(1000)).toBe(FLUSH_MS);
    expect(pace.due(1016)).toBe(true);
    expect(pace.flush(1016)).toBe(false);
    // The second, 26 ms after the first, starts a rush; the third does not start another.
    expect(pace.arrive(1026)).toBe(true);
    expect(pace.arrive(1036)).toBe(false);
    expect(pace.rushing()).toBe(true);
    expect(pace.delay(1040)).toBe(1036 + RUSH_GAP_MS - 1040);
    expect(pace.due(1040)).toBe(false);
    // A join before the rush is over (too many waiting) keeps it a rush.
    expect(pace.flush(1100)).toBe(true);
    expect(pace.rushing()).toBe(true);
    expect(pace.due(1036 + RUSH_GAP_MS)).toBe(true);
    expect(pace.flush(1036 + RUSH_GAP_MS)).toBe(true);
    expect(pace.rushing()).toBe(false);
    // Long after: a lone request again.
    expect(pace.arrive(5000)).toBe(false);
    expect(pace.delay(5000)).toBe(FLUSH_MS);
    expect(pace.flush(5016)).toBe(false);
    pace.arrive(5020);
    pace.reset();
    expect(pace.arrive(5030)).toBe(false);
    expect(pace.flush(5046)).toBe(false);
  });
});
