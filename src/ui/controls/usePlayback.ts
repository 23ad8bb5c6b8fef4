/**
 * The playback loop. By beat: a beat's events play in order (quickly, about
 * a second for the whole beat), then the figure rests on the beat's end for
 * DWELL_MS / speed so its caption can be read. With "Details" on, one event
 * every BASE_STEP_MS / speed. Step forward plays one beat the same way.
 * requestAnimationFrame keeps it in step with painting (and idle in
 * background tabs); with reduced motion a beat jumps to its end.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { beatAt } from '../../store/beats';
import type { ExplainerState } from '../../store/explainerStore';

export const BASE_STEP_MS = 700;
/** How long Play rests on a lesson beat at 1× (a learner reads its caption). */
export const DWELL_MS = 2500;
/** A generated beat (a learner's own request) has a one-line caption. */
export const LIVE_DWELL_MS = 1400;
/** The whole walk through a beat's events, at 1×. */
export const WALK_MS = 900;
const MAX_EVENT_MS = 180;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const active = (s: ExplainerState) => s.playing || s.goal !== null;

export function usePlayback(store: StoreApi<ExplainerState>): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let wait = 0;
    const raf =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame
        : (cb: FrameRequestCallback) =>
            setTimeout(() => cb(performance.now()), 16) as unknown as number;
    const caf =
      typeof cancelAnimationFrame === 'function'
        ? cancelAnimationFrame
        : (id: number) => clearTimeout(id);

    /** What the loop waits before the next tick, given the state after the last one. */
    const next = (s: ExplainerState): number => {
      if (s.goal !== null) {
        if (reducedMotion()) return 0;
        return Math.min(MAX_EVENT_MS, WALK_MS / Math.max(1, s.goal - s.step)) / s.speed;
      }
      if (s.details || s.beats.length === 0) return BASE_STEP_MS / s.speed;
      const shown = beatAt(s.beats, s.step);
      const dwell = shown?.beat.lesson === undefined ? LIVE_DWELL_MS : DWELL_MS;
      return dwell / s.speed;
    };

    const loop = (now: number) => {
      const s = store.getState();
      if (!active(s)) return;
      wait -= now - last;
      last = now;
      // After a long pause (a background tab) do not race through what was missed.
      if (wait < -1000) wait = 0;
      // With reduced motion a beat's walk is one jump (several ticks in one frame).
      for (let guard = 0; wait <= 0 && guard < 10_000; guard++) {
        if (!store.getState().tick()) return;
        wait += next(store.getState());
        if (!active(store.getState())) return;
      }
      frame = raf(loop);
    };
    const start = () => {
      caf(frame);
      last = performance.now();
      const s = store.getState();
      // Play starts at once on a beat (or the first event); a Step forward starts its walk now.
      wait = 0;
      if (s.goal === null && (s.details || s.beats.length === 0)) wait = BASE_STEP_MS / s.speed;
      frame = raf(loop);
    };
    if (active(store.getState())) start();
    const unsubscribe = store.subscribe((s, prev) => {
      if (active(s) && !active(prev)) start();
      if (!active(s) && active(prev)) caf(frame);
    });
    return () => {
      unsubscribe();
      caf(frame);
    };
  }, [store]);
}
