/**
 * The lab's state: settings, the current run, and a frame cursor. The cursor
 * is an explainer store whose timeline is the run's frames (so the shared
 * Controls, keys and speed work on it). A run is a pure function of the
 * settings (seed and faults included): changing them re-runs, never patches.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabFaultKind, LabRun, LaneId } from '../../lab/types';
import { createExplainerStore, type ExplainerState, type Lang } from '../../store/explainerStore';
import { timelineLength } from './format';
import { preset, type PresetId } from './presets';
import type { Runner } from './runner';
import { DEFAULT_SETTINGS, MAX_FAULTS, type LabSettings } from './settings';

export type LabStatus = 'idle' | 'running' | 'ready' | 'error';

export interface LabState {
  settings: LabSettings;
  run: LabRun | null;
  /** The settings `run` was made with (the settings may have moved on while a new run is made). */
  ranWith: LabSettings | null;
  status: LabStatus;
  progress: { done: number; total: number };
  error: string | null;
  /** The preset the settings came from, until they are edited. */
  preset: PresetId | null;
  setSettings(next: LabSettings, opts?: { preset?: PresetId | null; immediate?: boolean }): void;
  applyPreset(id: PresetId): void;
  /** Adds a fault at the cursor's virtual time and re-runs, keeping the cursor. */
  inject(kind: LabFaultKind, lane: LaneId | 'all'): void;
  clearFaults(): void;
  rerun(): void;
}

export interface Lab {
  state: StoreApi<LabState>;
  cursor: StoreApi<ExplainerState>;
  dispose(): void;
}

const DEBOUNCE_MS = 250;

export function createLab(
  runner: Runner,
  init: { settings?: LabSettings; lang?: Lang; autoplay?: boolean } = {},
): Lab {
  const cursor = createExplainerStore({
    scene: 'load-lab',
    events: [],
    lang: init.lang ?? 'en',
    speed: 1,
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;
  let autoplay = init.autoplay ?? false;

  const state = createStore<LabState>()((set, get) => {
    const start = () => {
      const gen = ++generation;
      const settings = get().settings;
      set({ status: 'running', progress: { done: 0, total: 5 }, error: null });
      runner
        .run(settings, (done, total) => {
          if (gen === generation) set({ progress: { done, total } });
        })
        .then(
          (run) => {
            if (gen !== generation) return;
            set({ run, ranWith: settings, status: 'ready' });
            cursor.getState().setFrames(timelineLength(run.lanes));
            if (autoplay) {
              autoplay = false;
              cursor.getState().play();
            }
          },
          (error: Error) => {
            if (gen !== generation || error.message === 'superseded') return;
            set({ status: 'error', error: error.message });
          },
        );
    };
    const schedule = (immediate: boolean) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (immediate) start();
      else
        timer = setTimeout(() => {
          timer = null;
          start();
        }, DEBOUNCE_MS);
    };
    return {
      settings: init.settings ?? structuredClone(DEFAULT_SETTINGS),
      run: null,
      ranWith: null,
      status: 'idle',
      progress: { done: 0, total: 5 },
      error: null,
      preset: null,
      setSettings(next, opts = {}) {
        set({ settings: next, preset: opts.preset ?? null });
        schedule(opts.immediate ?? false);
      },
      applyPreset(id) {
        const seed = get().settings.load.seed;
        cursor.getState().restart();
        get().setSettings(preset(id, seed), { preset: id, immediate: true });
      },
      inject(kind, lane) {
        const { run, settings } = get();
        const frameMs = run?.frameMs ?? 100;
        const at = Math.max(0, cursor.getState().step) * frameMs;
        const faults = [...settings.faults, { kind, lane, at }].slice(-MAX_FAULTS);
        get().setSettings({ ...settings, faults }, { preset: get().preset, immediate: true });
      },
      clearFaults() {
        get().setSettings({ ...get().settings, faults: [] }, { preset: null, immediate: true });
      },
      rerun: () => schedule(true),
    };
  });

  return {
    state,
    cursor,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      generation++;
      runner.dispose();
    },
  };
}
