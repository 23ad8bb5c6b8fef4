/**
 * One store per widget (the full site has one; every embed has its own).
 * It keeps the trace (inside a Player) and a cursor; everything drawn at a
 * step is computed from those two, never patched.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createPlayer, type Player } from '../player/player';
import type { MiddlewareKind, SceneId, SiteConfig, TraceEvent } from '../sim/types';
import { endOf, positionOf, stepsByBeat, type Beat } from './beats';
import { appendLiveTo, type LiveMode } from './live';

export { reseq, trimTimeline } from './trim';
export { KEEP_EVENTS, MAX_EVENTS, type LiveMode } from './live';

export type Lang = 'en' | 'ko';
export type Theme = 'light' | 'dark' | 'auto';

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 3, 4] as const;

/** One layer of a learner-edited middleware stack, outermost first; `on: false` keeps its place in the list. */
export interface StackLayer {
  kind: MiddlewareKind;
  on: boolean;
}

/** A learner's edit of the scene's site: the site the trace was run on, and the editor's list. */
export interface SiteEdit {
  site: SiteConfig;
  stack: StackLayer[];
}

export interface Range {
  from: number;
  to: number;
}

export interface ExplainerState {
  scene: SceneId;
  lang: Lang;
  theme: Theme;
  speed: number;
  /** Index of the current event; -1 is the empty stage before the first. */
  step: number;
  /** Number of events in the timeline. */
  length: number;
  playing: boolean;
  /** Embeds may lock the timeline to a range of steps (beat positions when there are beats). */
  range: Range | null;
  /** Where each beat ends (see beats.ts); empty: the timeline steps by event. */
  beats: Beat[];
  /** The "Details" switch: step through the engine's events one by one instead of beats. */
  details: boolean;
  /** While a beat plays: the event it ends on (the cursor walks there event by event). */
  goal: number | null;
  /** Bumped whenever the timeline's events change (scene switch, live request). */
  version: number;
  /** How many live requests (form, console) joined this timeline. */
  live: number;
  /**
   * Live requests come faster than they can be shown (see session/pace.ts): the
   * figure rests on the newest, tokens jump, the caption is quiet until it ends.
   */
  rush: boolean;
  /** Requests answered in the rush so far while the figure holds still (0: none waiting; see session/pace.ts). */
  waiting: number;
  /** Requests whose events were let go to keep memory bounded (shown as a notice). */
  dropped: number;
  player: Player;
  /** False while the scene's trace is still being computed (the engine loads after the first frame). */
  ready: boolean;
  /** The site the timeline was run on when the learner edited it (null: the scene's own). Reset by setScene. */
  siteOverride: SiteConfig | null;
  /** The middleware editor's list behind siteOverride (null: the scene's default stack). */
  stack: StackLayer[] | null;

  /** `edit`: the timeline was run on a learner-edited site (omitted: the scene's own); `beats`: where its beats end. */
  setScene(
    scene: SceneId,
    events: TraceEvent[],
    step?: number,
    edit?: SiteEdit | null,
    beats?: Beat[],
  ): void;
  setDetails(on: boolean): void;
  /** Jump to beat position `p` (0: the empty stage). */
  seekBeat(p: number): void;
  /** Switch to a scene whose trace is still being computed (an empty timeline, `ready` false). */
  setPending(scene: SceneId): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setSpeed(speed: number): void;
  setRange(range: Range | null): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(step: number): void;
  stepBy(delta: number): void;
  restart(): void;
  toEnd(): void;
  /**
   * Advance one event while playing or while a beat plays (toward `goal`);
   * stops at the end. Returns false when it stopped.
   */
  tick(): boolean;
  /**
   * Live requests' events join the timeline (`requests`: how many requests they
   * are, default 1). `play` (default): the cursor jumps to the first of them and
   * plays; `rush`: to the end of the newest, paused (see live.ts).
   */
  appendLive(events: TraceEvent[], requests?: number, mode?: LiveMode): void;
  /** Live requests rush in: the figure holds still where it is (paused, tokens jump) until they join. */
  holdRush(): void;
  /** How many requests of the rush were answered (the badge's count; 0 hides it). */
  setWaiting(n: number): void;
  /** The rush of live requests is over: the figure animates again. */
  endRush(): void;
  /**
   * A timeline of `n` frames without trace events (the load lab: step = frame
   * index). Keeps the cursor where it was when it still fits.
   */
  setFrames(n: number): void;
}

export interface StoreInit {
  scene: SceneId;
  events: TraceEvent[];
  lang: Lang;
  theme?: Theme;
  speed?: number;
  step?: number;
  range?: Range | null;
  /** False when `events` is a placeholder until the scene's trace arrives (default true). */
  ready?: boolean;
}

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(4, Math.max(0.25, speed));
}

export function createExplainerStore(init: StoreInit): StoreApi<ExplainerState> {
  return createStore<ExplainerState>()((set, get) => {
    const bounds = (): Range => {
      const { range, length, beats } = get();
      const last = length - 1;
      if (!range) return { from: -1, to: last };
      // With beats, a range names beat positions (a link's from/to), whatever the mode.
      const from = beats.length > 0 ? endOf(beats, range.from) : range.from;
      const to = beats.length > 0 ? endOf(beats, range.to) : range.to;
      return {
        from: Math.max(-1, Math.min(from, last)),
        to: Math.max(-1, Math.min(to, last)),
      };
    };
    const byBeat = () => stepsByBeat(get());
    const clampStep = (step: number): number => {
      const b = bounds();
      if (!Number.isFinite(step)) return b.from;
      return Math.max(b.from, Math.min(b.to, Math.trunc(step)));
    };
    const player = createPlayer(init.events);
    return {
      scene: init.scene,
      lang: init.lang,
      theme: init.theme ?? 'auto',
      speed: clampSpeed(init.speed ?? 1),
      step: -1,
      length: player.length,
      playing: false,
      range: init.range ?? null,
      beats: [],
      details: false,
      goal: null,
      version: 0,
      live: 0,
      rush: false,
      waiting: 0,
      dropped: 0,
      player,
      siteOverride: null,
      stack: null,
      ready: init.ready ?? true,

      setScene(scene, events, step = -1, edit = null, beats = []) {
        const p = createPlayer(events);
        const siteOverride = edit?.site ?? null;
        const stack = edit?.stack ?? null;
        set((s) => ({
          scene,
          player: p,
          length: p.length,
          playing: false,
          version: s.version + 1,
          live: 0,
          rush: false,
          waiting: 0,
          dropped: 0,
          step: -1,
          goal: null,
          beats,
          siteOverride,
          stack,
          ready: true,
        }));
        set({ step: clampStep(step) });
      },
      setPending(scene) {
        const p = createPlayer([]);
        set((s) => ({
          scene,
          player: p,
          length: 0,
          playing: false,
          version: s.version + 1,
          live: 0,
          rush: false,
          waiting: 0,
          dropped: 0,
          step: -1,
          goal: null,
          beats: [],
          siteOverride: null,
          stack: null,
          ready: false,
        }));
      },
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
      setRange(range) {
        set({ range });
        set({ step: clampStep(get().step) });
      },
      setDetails(details) {
        const s = get();
        // Back to beats from between two ends: the figure shows the last beat it has passed, as its caption does.
        const step =
          !details && s.beats.length > 0 ? endOf(s.beats, positionOf(s.beats, s.step)) : s.step;
        set({ details, goal: null, playing: false, step: clampStep(step) });
      },
      play() {
        const b = bounds();
        if (get().step >= b.to) set({ step: b.from, goal: null });
        set({ playing: true });
      },
      // Pausing mid-beat finishes the beat at once: a paused figure always shows a beat's end.
      pause: () => set((s) => ({ playing: false, step: s.goal ?? s.step, goal: null })),
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      seek: (step) => set({ step: clampStep(step), goal: null }),
      seekBeat: (p) => set({ playing: false, goal: null, step: clampStep(endOf(get().beats, p)) }),
      stepBy(delta) {
        const s = get();
        if (!byBeat()) {
          set({ playing: false, goal: null, step: clampStep(s.step + delta) });
          return;
        }
        // A beat still playing counts as shown: the next one starts from its end.
        const at = s.goal ?? s.step;
        const p = positionOf(s.beats, at);
        const onEnd = p > 0 && s.beats[p - 1].end === at;
        // Back from a beat's end goes to the previous end; from between two ends, to the last one passed.
        const target = delta < 0 ? (onEnd ? p - 1 : p) + delta + 1 : p + delta;
        const step = clampStep(endOf(s.beats, target));
        // Forward plays the beat's events in order (the playback loop walks to the goal); back jumps.
        if (delta > 0 && step > at) set({ playing: false, step: at, goal: step });
        else set({ playing: false, goal: null, step });
      },
      restart: () => set({ playing: false, goal: null, step: bounds().from }),
      toEnd: () => set({ playing: false, goal: null, step: bounds().to }),
      tick() {
        const s = get();
        const b = bounds();
        if (s.goal !== null && s.step < s.goal) {
          const step = s.step + 1;
          set({ step, goal: step >= s.goal ? null : s.goal });
          return true;
        }
        if (s.step >= b.to || !s.playing) {
          set({ playing: false, goal: null });
          return false;
        }
        if (!byBeat()) {
          set({ step: s.step + 1 });
          return true;
        }
        // Playing by beat: the next beat starts; its first event now.
        const goal = Math.min(b.to, endOf(s.beats, positionOf(s.beats, s.step) + 1));
        const step = s.step + 1;
        set({ step, goal: step >= goal ? null : goal });
        return true;
      },
      setFrames(n) {
        const length = Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0));
        const keep = get().step;
        set((s) => ({
          player: createPlayer([]),
          length,
          beats: [],
          goal: null,
          version: s.version + 1,
          live: 0,
          rush: false,
          waiting: 0,
          dropped: 0,
        }));
        set({ step: clampStep(keep), playing: get().playing && length > 0 });
      },
      appendLive(events, requests = 1, mode = 'play') {
        if (events.length === 0) return;
        set(appendLiveTo(get(), events, requests, mode));
      },
      holdRush: () => set({ rush: true, playing: false, goal: null }),
      setWaiting: (waiting) => {
        if (get().waiting !== waiting) set({ waiting });
      },
      endRush: () => set({ rush: false, waiting: 0 }),
    };
  });
}
