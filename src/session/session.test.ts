import { positionOf } from '../store/beats';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, SceneId, TraceEvent } from '../sim/types';
import { KEEP_EXITED } from '../player/snapshot';
import type { ExplainerState } from '../store/explainerStore';
import { answerRequest } from '../server/answer';
import { createRouter } from './router';
import { createSession, type Session } from './session';

const get = (path: string, headers: [string, string][] = []): HttpRequest => ({
  method: 'GET',
  url: `https://demo.test${path}`,
  headers: [['Host', 'demo.test'], ...headers],
  body: new Uint8Array(),
});

function events(s: ExplainerState, from = 0): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = from; i < s.player.length; i++) out.push(s.player.event(i));
  return out;
}

async function sceneSession(scene: SceneId): Promise<Session> {
  const session = createSession({ scene, lang: 'en' });
  await session.ready();
  return session;
}

/** Sends `paths` one after another and returns the live events (joined to the timeline). */
async function live(session: Session, paths: string[]): Promise<TraceEvent[]> {
  const before = session.store.getState().player.length;
  for (const p of paths) await session.send(get(p));
  session.flush();
  return events(session.store.getState(), before);
}

const spawned = (evs: TraceEvent[]) => evs.flatMap((e) => (e.type === 'process.spawn' ? [e] : []));

describe('a live request joins the scene’s own machine', () => {
  it('prefork: served by one of the scene’s workers, under the same master, no new processes', async () => {
    const session = await sceneSession('prefork');
    const scene = events(session.store.getState());
    const masters = spawned(scene).filter((p) => p.role === 'master');
    expect(masters).toHaveLength(1);
    const workers = new Set(
      spawned(scene)
        .filter((p) => p.role === 'worker')
        .map((p) => p.pid),
    );
    const evs = await live(session, ['/environ?live=1', '/environ?live=2', '/environ?live=3']);
    expect(spawned(evs)).toEqual([]);
    const accepted = evs.flatMap((e) => (e.type === 'listener.accept' ? [e.pid] : []));
    expect(accepted).toHaveLength(3);
    for (const pid of accepted) expect(workers.has(pid)).toBe(true);
    const end = session.store.getState().player.at(session.store.getState().length - 1);
    expect(Object.values(end.processes).filter((p) => p.role === 'master')).toHaveLength(1);
  });

  it('fork: the scene’s master forks a child for each live request, and the child exits', async () => {
    const session = await sceneSession('fork');
    const master = spawned(events(session.store.getState())).find((p) => p.role === 'master')!;
    const evs = await live(session, ['/environ?live=1', '/environ?live=2']);
    const children = spawned(evs);
    expect(children.map((c) => [c.role, c.parent])).toEqual([
      ['child', master.pid],
      ['child', master.pid],
    ]);
    const exits = evs.flatMap((e) => (e.type === 'process.exit' ? [e.pid] : []));
    expect(exits).toEqual(children.map((c) => c.pid));
  });

  it('event loop: the scene’s loop process serves it, on its one thread', async () => {
    const session = await sceneSession('event-loop');
    const scene = events(session.store.getState());
    const loops = spawned(scene).filter((p) => p.role === 'worker');
    expect(loops.every((p) => p.threads === 1)).toBe(true);
    const evs = await live(session, ['/environ?live=1']);
    expect(spawned(evs)).toEqual([]);
    const assigned = evs.flatMap((e) => (e.type === 'thread.assign' ? [e] : []));
    expect(assigned).toHaveLength(1);
    expect(loops.map((p) => p.pid)).toContain(assigned[0].pid);
    expect(assigned[0].actor).toBe(`proc:${assigned[0].pid}`);
  });

  it('threads: a thread of one of the scene’s processes takes it', async () => {
    const session = await sceneSession('threads');
    const scene = events(session.store.getState());
    const procs = spawned(scene).filter((p) => p.role === 'worker');
    expect(procs.some((p) => p.threads > 1)).toBe(true);
    const evs = await live(session, ['/environ?live=1']);
    expect(spawned(evs)).toEqual([]);
    const assigned = evs.find((e) => e.type === 'thread.assign');
    expect(assigned?.type === 'thread.assign' && procs.map((p) => p.pid)).toContain(
      assigned?.type === 'thread.assign' ? assigned.pid : -1,
    );
  });

  it('fetch() calls sent at once are in flight together: every worker busy, the rest wait in the listen queue', async () => {
    const session = await sceneSession('prefork');
    const before = session.store.getState().length;
    const s0 = session.store.getState();
    const workers = Object.values(s0.player.at(s0.length - 1).processes).filter(
      (p) => p.role === 'worker' && p.alive,
    );
    const responses = await Promise.all(
      Array.from({ length: workers.length + 3 }, (_, i) => session.send(get(`/slow?n=${i}`))),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    session.flush();
    const evs = events(session.store.getState(), before);
    const sent = evs.filter((e) => e.type === 'client.send');
    expect(new Set(sent.map((e) => e.t)).size).toBe(1);
    // At the busiest moment every worker held a request.
    const busy = new Set<number>();
    let most = 0;
    for (const e of evs) {
      if (e.type === 'thread.assign') busy.add(e.pid);
      if (e.type === 'thread.release') busy.delete(e.pid);
      most = Math.max(most, busy.size);
    }
    expect(most).toBe(workers.length);
    expect(evs.some((e) => e.type === 'listener.enqueue' && e.queue >= 3)).toBe(true);
    expect(session.store.getState().live).toBe(workers.length + 3);
  });

  it('continues the scene’s request ids and clock', async () => {
    const session = await sceneSession('prefork');
    const scene = events(session.store.getState());
    const lastRid = Math.max(...scene.map((e) => e.rid ?? 0));
    const lastT = scene[scene.length - 1].t;
    const evs = await live(session, ['/environ']);
    expect(evs[0].type).toBe('client.send');
    expect(evs[0].rid).toBe(lastRid + 1);
    expect(evs[0].t).toBeGreaterThanOrEqual(lastT);
    // Right after the scene, not after some stray timer (a dead worker's watchdog was one).
    expect(evs[0].t).toBeLessThanOrEqual(lastT + 10);
    expect(
      evs.filter((e) => e.type === 'client.receive' || e.type === 'client.error'),
    ).toHaveLength(1);
  });

  it('goes through the scene’s front door, limits and all', async () => {
    const session = await sceneSession('big-picture');
    const long = `/environ?q=${'x'.repeat(9000)}`;
    const response = await session.send(get(long));
    expect(response.status).toBe(414);
  });
});

describe('a long session stays bounded', () => {
  it('fork: a child per live request, but only the last few exited ones stay on the stage', async () => {
    const session = await sceneSession('fork');
    await live(
      session,
      Array.from({ length: 30 }, (_, i) => `/environ?n=${i}`),
    );
    const s = session.store.getState();
    const end = s.player.at(s.length - 1);
    const dead = Object.values(end.processes).filter((p) => !p.alive);
    expect(dead.length).toBe(KEEP_EXITED);
    expect(end.pids).toHaveLength(Object.keys(end.processes).length);
    expect(end.stats.sent).toBeGreaterThanOrEqual(30);
  });
});

describe('two widgets on one page', () => {
  it('stay independent: their own worlds, timelines and request ids', async () => {
    const a = await sceneSession('prefork');
    const b = await sceneSession('prefork');
    const sceneLength = a.store.getState().length;
    const evA = await live(a, ['/environ?a=1', '/environ?a=2']);
    const evB = await live(b, ['/environ?b=1']);
    expect(a.store.getState().length).toBe(sceneLength + evA.length);
    expect(b.store.getState().length).toBe(sceneLength + evB.length);
    const sentA = evA.filter((e) => e.type === 'client.send').map((e) => e.rid);
    const sentB = evB.filter((e) => e.type === 'client.send').map((e) => e.rid);
    // b's first live request is its first: a's requests never reached b's world.
    expect(sentB[0]).toBe(sentA[0]);
    expect(
      events(b.store.getState()).some((e) => e.type === 'client.send' && e.url.includes('a=')),
    ).toBe(false);
    a.store.getState().seek(3);
    expect(b.store.getState().step).not.toBe(3);
  });

  it('the router sends each request to the widget in use', async () => {
    const a = await sceneSession('wsgi');
    const b = await sceneSession('prefork');
    const router = createRouter();
    const detachA = router.attach(a);
    router.attach(b);
    const lenA = a.store.getState().length;
    const lenB = b.store.getState().length;
    await answerRequest(router, new Request('https://demo.test/environ?to=a'));
    router.use(b);
    await answerRequest(router, new Request('https://demo.test/environ?to=b'));
    a.flush();
    b.flush();
    const urls = (s: Session, from: number) =>
      events(s.store.getState(), from).flatMap((e) => (e.type === 'client.send' ? [e.url] : []));
    expect(urls(a, lenA)).toEqual(['https://demo.test/environ?to=a']);
    expect(urls(b, lenB)).toEqual(['https://demo.test/environ?to=b']);
    detachA();
    expect(router.current()).toBe(b);
  });
});

describe('replay', () => {
  it('stepping back after live requests shows exactly what was shown when they arrived', async () => {
    const session = await sceneSession('threads');
    const seen: { index: number; json: string }[] = [];
    for (const p of ['/environ?1', '/slow', '/environ?3']) {
      await live(session, [p]);
      const s = session.store.getState();
      seen.push({ index: s.length - 1, json: JSON.stringify(s.player.at(s.length - 1)) });
    }
    for (const { index, json } of seen.reverse()) {
      session.store.getState().seek(index);
      const s = session.store.getState();
      expect(JSON.stringify(s.player.at(s.step))).toBe(json);
    }
  });

  it('the same scene and the same live requests give the same timeline', async () => {
    const run = async () => {
      const session = await sceneSession('fork');
      await live(session, ['/environ?x', '/boom', '/environ?y']);
      return JSON.stringify(events(session.store.getState()));
    };
    expect(await run()).toBe(await run());
  });

  it('a new scene drops the old world: a live request goes to the new one', async () => {
    const session = await sceneSession('prefork');
    session.setScene('fork');
    await session.ready();
    const evs = await live(session, ['/environ']);
    expect(spawned(evs).map((p) => p.role)).toEqual(['child']);
    expect(session.store.getState().scene).toBe('fork');
  });
});

describe('playback across switches', () => {
  it('a scene switch after a live request does not start playing; a stack edit keeps the step', async () => {
    const session = await sceneSession('middleware');
    await live(session, ['/environ']);
    expect(session.store.getState().playing).toBe(true); // the cursor follows the live request
    session.setScene('prefork', 3);
    expect(session.store.getState().playing).toBe(false);
    expect(session.store.getState().step).toBe(session.store.getState().beats[2].end);
    session.setScene('middleware', 20);
    await live(session, ['/environ']);
    session.store.getState().pause();
    const before = session.store.getState();
    const beat = positionOf(before.beats, before.step);
    session.setSite(null);
    await session.ready();
    const after = session.store.getState();
    expect(after.playing).toBe(false);
    // The live request's beats are gone with its world: the step is the same beat, or the last.
    expect(positionOf(after.beats, after.step)).toBe(Math.min(beat, after.beats.length));
  });
});

describe('a live request is told in beats', () => {
  it('a few generated beats (accepted, in the server, in the app, answered) after the scene’s own, played from the scene’s end', async () => {
    const session = await sceneSession('prefork');
    const scene = session.store.getState();
    const sceneBeats = scene.beats.length;
    expect(scene.beats.every((b) => b.lesson !== undefined || b.end === scene.length - 1)).toBe(
      true,
    );
    const evs = await live(session, ['/environ']);
    const s = session.store.getState();
    const added = s.beats.slice(sceneBeats);
    // One request is a handful of beats, not one per engine event.
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(added.length).toBeLessThan(evs.length / 2);
    expect(added.every((b) => b.lesson === undefined)).toBe(true);
    expect(added[added.length - 1].end).toBe(s.length - 1);
    const ends = added.map((b) => s.player.event(b.end).type);
    expect(ends).toContain('listener.accept');
    expect(ends).toContain('app.enter');
    expect(ends[ends.length - 1]).toBe('client.receive');
    // Playback starts at the end of what was there, so the first new beat plays first.
    expect(s.step).toBe(scene.length - 1);
    expect(s.playing).toBe(true);
  });
});
