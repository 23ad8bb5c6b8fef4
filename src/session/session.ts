/**
 * One session per widget (like tldraw's Editor): it owns the scene's engine
 * world, the timeline and the cursor (the widget's store). The scene's script
 * and the learner's live requests run in the same world: a live request
 * arrives at the world's current virtual time and is served by the scene's
 * own master, workers, loop or forked child, through its own front door and
 * middleware. Nothing here is shared between two sessions.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SceneWorld } from '../sim/simulator';
import type { HttpRequest, HttpResponse, SceneId, SiteConfig, TraceEvent } from '../sim/types';
import {
  createExplainerStore,
  type ExplainerState,
  type Lang,
  type Range,
  type StackLayer,
  type Theme,
} from '../store/explainerStore';
import { endOf, linkStep } from '../store/beats';
import { engineNow, loadEngine } from './engine';
import { beatsNow, beatsOf, loadSceneLesson } from './lessonBeats';
import { engineError } from './errors';
import { startWorld } from './startWorld';
import { createPace, RUSH_END_MS, RUSH_MAX_WAITING } from './pace';

export { FLUSH_MS } from './pace';
import type { PythonSide } from './python';
import type { PythonHost } from '../python/contract';

export interface SessionInit {
  scene?: SceneId;
  step?: number;
  lang?: Lang;
  theme?: Theme;
  speed?: number;
  range?: Range | null;
}

/** A learner's edit of the scene's site (the middleware editor): the site to run and the editor's list. */
export interface SiteEdit {
  site: SiteConfig;
  stack: StackLayer[];
}

export interface Session {
  readonly store: StoreApi<ExplainerState>;
  /** Resolves once the current scene's trace is in the timeline. */
  ready(): Promise<void>;
  /**
   * A live request (the form, a console fetch()) into the scene's world. Always
   * answers: an engine failure becomes a 500 that says so.
   */
  send(request: HttpRequest): Promise<HttpResponse>;
  /**
   * Another scene: a new world and timeline, the cursor at beat `step` (0 or
   * less: the empty stage; past the last beat: the last). A scene without a
   * lesson has no beats: `step` is then an event index.
   */
  setScene(scene: SceneId, step?: number): void;
  /** Run the current scene on an edited site (null: the scene's own), keeping the step (a beat). */
  setSite(edit: SiteEdit | null, step?: number): void;
  /** Joins live requests answered so far to the timeline now (otherwise they are batched: see pace.ts). */
  flush(): void;
  /** The "Your own Python" scene's CPython (null in other scenes, and until the scene's world is built). */
  python(): PythonHost | null;
}

interface Current {
  generation: number;
  scene: SceneId;
  edit: SiteEdit | null;
  world: SceneWorld | null;
  /** Set while the engine loads. */
  loading: Promise<void> | null;
}

export function createSession(init: SessionInit = {}): Session {
  const scene0 = init.scene ?? 'static';
  const store = createExplainerStore({
    scene: scene0,
    events: [],
    ready: false,
    lang: init.lang ?? 'en',
    theme: init.theme ?? 'auto',
    speed: init.speed ?? 1,
    range: init.range ?? null,
  });
  let cur: Current = { generation: 0, scene: scene0, edit: null, world: null, loading: null };
  /** Answered live requests' events waiting to join the timeline, and how many requests they are. */
  let pending: TraceEvent[][] = [];
  let pendingRequests = 0;
  /** Requests that arrived in the same turn, sent into the world together. */
  let arriving: { world: SceneWorld; request: HttpRequest; done: (r: HttpResponse) => void }[] = [];
  let arrivalTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When answered requests join the timeline (see pace.ts), and the timer that ends a rush. */
  const pace = createPace();
  let calm: ReturnType<typeof setTimeout> | undefined;
  /** Requests answered since the rush began (the badge's count). */
  let rushAnswered = 0;
  // The Python scene's side loads with its first world (its own chunk: nothing of it in the first frame).
  let pythonSide: PythonSide | null = null;
  let pythonLoading: Promise<PythonSide> | null = null;
  const loadPython = () =>
    (pythonLoading ??= import('./python').then((m) => (pythonSide = m.createPythonSide())));

  /** Puts `world`'s scene trace in the timeline, if `c` is still the current scene. */
  function show(
    c: Current,
    world: SceneWorld,
    step: number,
    failed: boolean,
    resume: boolean,
  ): void {
    if (c !== cur) return;
    c.loading = null;
    const events = failed ? [] : world.trace.events;
    const put = (beats: ReturnType<typeof beatsOf>) => {
      if (c !== cur) return;
      // Live requests join this world from now on (not before its timeline is shown).
      c.world = world;
      c.loading = null;
      pending = [];
      pendingRequests = 0;
      const at = beats.length > 0 ? endOf(beats, step) : step;
      store.getState().setScene(c.scene, events, at, c.edit, beats);
      if (resume) store.getState().play();
    };
    // The beats come from the lesson's anchors (the same in both languages): wait for it once.
    const lang = store.getState().lang;
    const now = beatsNow(c.scene, lang, events);
    if (now) put(now);
    else {
      c.loading = loadSceneLesson(c.scene, lang).then((lesson) => put(beatsOf(lesson, events)));
    }
  }

  /** Where the cursor is, in the unit links use: the beat, or the event when there are no beats. */
  function position(): number {
    return linkStep(store.getState());
  }

  /** Builds the world for the current scene: at once when the engine is there, else after it loads. */
  function build(step: number): void {
    const c = cur;
    const engine = engineNow();
    const python = c.scene === 'python' ? loadPython() : null;
    if (engine && (!python || pythonSide)) {
      // A scene or stack switch stops playback, as stepping does.
      const { world, failed } = startWorld(engine, c.scene, c.edit, pythonSide);
      show(c, world, step, failed, false);
      return;
    }
    if (store.getState().scene !== c.scene || store.getState().ready)
      store.getState().setPending(c.scene);
    // Play asked for while the engine loads (an embed's autoplay) resumes once the trace is there.
    const wasPlaying = store.getState().playing;
    c.loading = Promise.all([loadEngine(), python]).then(([e]) => {
      if (c !== cur) return; // the learner moved on: that scene's world is never needed
      const { world, failed } = startWorld(e, c.scene, c.edit, pythonSide);
      show(c, world, step, failed, wasPlaying || store.getState().playing);
      return c.loading ?? undefined;
    });
  }

  function worldNow(): Promise<SceneWorld> {
    const c = cur;
    if (c.world) return Promise.resolve(c.world);
    if (c.loading) return c.loading.then(() => cur.world ?? worldNow());
    return loadEngine().then(() => {
      if (!cur.world) build(store.getState().step);
      return worldNow();
    });
  }

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    const requests = pendingRequests;
    pending = [];
    pendingRequests = 0;
    if (batch.length === 0) return;
    const rush = pace.flush(Date.now());
    if (!pace.rushing()) rushAnswered = 0;
    // One append (one fold, one render) for everything answered since the last join.
    store.getState().appendLive(batch.flat(), requests, rush ? 'rush' : 'play');
    store.getState().setWaiting(rushAnswered);
    clearTimeout(calm);
    // Over: tokens travel again once the figure has landed. Still rushing (a join for memory): it holds.
    calm =
      rush && !pace.rushing()
        ? setTimeout(() => store.getState().endRush(), RUSH_END_MS)
        : undefined;
  }

  /** The join timer: in a rush, waits for it to be over (or for RUSH_MAX_WAITING answers), counting. */
  function due(): void {
    timer = undefined;
    const now = Date.now();
    if (pace.due(now) || pendingRequests >= RUSH_MAX_WAITING) return flush();
    store.getState().setWaiting(rushAnswered);
    timer = setTimeout(due, pace.delay(now));
  }

  /**
   * Sends every request that arrived since the last turn into its world at once,
   * so fetch() calls made together are in flight together (three workers busy,
   * the rest in the listen queue), as on a real server.
   */
  function arrive(): void {
    arrivalTimer = undefined;
    const batch = arriving;
    arriving = [];
    // The second request in a row that comes too fast: the figure holds still until they stop.
    if (pace.arrive(Date.now())) {
      clearTimeout(calm);
      rushAnswered = pendingRequests;
      store.getState().holdRush();
    }
    const worlds = [...new Set(batch.map((a) => a.world))];
    for (const asked of worlds) {
      const mine = batch.filter((a) => a.world === asked);
      // A scene switched meanwhile: the request goes to the scene on screen now.
      const world = cur.world ?? asked;
      try {
        const { responses, events } = world.handleAll(mine.map((a) => a.request));
        if (cur.world === world) {
          pending.push(events);
          pendingRequests += mine.length;
          if (pace.rushing()) rushAnswered += mine.length;
          timer ??= setTimeout(due, pace.delay(Date.now()));
        }
        // Answered now; the figure catches up when the batch joins the timeline.
        mine.forEach((a, i) => a.done(responses[i]));
      } catch (error) {
        for (const a of mine) a.done(engineError(error));
      }
    }
  }

  function switchTo(scene: SceneId, edit: SiteEdit | null, step: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    clearTimeout(calm);
    pace.reset();
    rushAnswered = 0;
    pending = [];
    pendingRequests = 0;
    cur = { generation: cur.generation + 1, scene, edit, world: null, loading: null };
    build(step);
  }

  build(init.step ?? -1);

  return {
    store,
    ready: () => worldNow().then(() => undefined),
    async send(request) {
      const world = await worldNow();
      const enter = (r: HttpRequest) =>
        new Promise<HttpResponse>((done) => {
          arriving.push({ world, request: r, done });
          arrivalTimer ??= setTimeout(arrive, 0);
        });
      // In the Python scene a request runs in CPython first, then replays in the world.
      return cur.scene === 'python' && pythonSide
        ? pythonSide.send(world, request, enter)
        : enter(request);
    },
    setScene: (scene, step = -1) => switchTo(scene, null, step),
    setSite: (edit, step = position()) => switchTo(cur.scene, edit, step),
    flush,
    python: () => (cur.scene === 'python' ? (pythonSide?.host ?? null) : null),
  };
}
