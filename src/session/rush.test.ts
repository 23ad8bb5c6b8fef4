// Live requests arriving faster than the figure can show them (a script's
// loop, a load test): each is answered at once, they join the timeline
// together, and the figure jumps to the newest instead of walking each one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpRequest, HttpResponse } from '../sim/types';
import { FLUSH_MS, RUSH_END_MS, RUSH_FLUSH_MS, RUSH_GAP_MS, createPace } from './pace';
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
  it('are answered before the timeline changes, join it a few times a second, and the figure rests on the newest', async () => {
    const session = await wsgiSession();
    const store = session.store;
    const sceneLength = store.getState().length;
    const sceneBeats = store.getState().beats.length;
    vi.useFakeTimers();
    let appends = 0;
    let steps = 0;
    store.subscribe((s, prev) => {
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
      await vi.advanceTimersByTimeAsync(gap - 1);
    }
    await vi.advanceTimersByTimeAsync(RUSH_FLUSH_MS);
    const s = store.getState();
    expect(s.live).toBe(count);
    // The first request plays as one request does; the rest join in a few batches, not one by one.
    expect(appends).toBeLessThanOrEqual(1 + Math.ceil((count * gap) / RUSH_FLUSH_MS) + 1);
    // No walk through each request's beats: the cursor moved about once per batch.
    expect(steps).toBeLessThanOrEqual(appends + 10);
    // The newest request, answered, paused there; tokens jump while the rush lasts.
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
  it('joins a lone request after one frame, a rush at most every RUSH_FLUSH_MS', () => {
    const pace = createPace();
    pace.arrive(1000);
    expect(pace.delay(1000)).toBe(FLUSH_MS);
    expect(pace.flush(1016)).toBe(false);
    pace.arrive(1026);
    expect(pace.delay(1026)).toBe(1016 + RUSH_FLUSH_MS - 1026);
    expect(pace.flush(1016 + RUSH_FLUSH_MS)).toBe(true);
    // Long after: a lone request again.
    pace.arrive(5000);
    expect(pace.delay(5000)).toBe(FLUSH_MS);
    expect(pace.flush(5016)).toBe(false);
    pace.arrive(5020);
    pace.reset();
    pace.arrive(5030);
    expect(pace.flush(5046)).toBe(false);
  });
});
