/**
 * One store per widget (the full site has one; every embed has its own).
 * It keeps the trace (inside a Player) and a cursor; everything drawn at a
 * step is computed from those two, never patched. Its shape: state.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createPlayer } from '../player/player';
import { endOf, positionOf, stepsByBeat } from './beats';
import { appendLiveTo } from './live';
import { clampSpeed, type ExplainerState, type Range, type StoreInit } from './state';

export { reseq, trimTimeline } from './trim';
export { KEEP_EVENTS, MAX_EVENTS, type LiveMode } from './live';
export * from './state';

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
