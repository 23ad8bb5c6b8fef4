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
import { beatAt, endOf, positionOf, stepsByBeat, type Beat } from '../../store/beats';
import type { ExplainerState } from '../../store/explainerStore';

export const BASE_STEP_MS = 700;
/** How long Play rests on a lesson beat at 1× (a learner reads its caption), at least. */
export const DWELL_MS = 2500;
/** A longer caption keeps the beat up longer: about this long per character at 1×, up to MAX_DWELL_MS. */
export const READ_MS_PER_CHAR = 45;
export const MAX_DWELL_MS = 15_000;
/** A generated beat (a learner's own request) has a one-line caption. */
export const LIVE_DWELL_MS = 1400;
/** The whole walk through a beat's events, at 1×. */
export const WALK_MS = 900;
const MAX_EVENT_MS = 180;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const active = (s: ExplainerState) => s.playing || s.goal !== null;

/** How long Play rests on `beat` at 1×: long enough to read its caption. */
export function dwellFor(beat: Beat | undefined): number {
  if (!beat) return DWELL_MS;
  if (beat.lesson === undefined) return LIVE_DWELL_MS;
  return Math.min(MAX_DWELL_MS, Math.max(DWELL_MS, (beat.chars ?? 0) * READ_MS_PER_CHAR));
}

/** Events in the beat that ends at `goal` (the walk takes WALK_MS whatever their number). */
function beatSize(beats: readonly Beat[], goal: number): number {
  const p = positionOf(beats, goal);
  return Math.max(1, goal - endOf(beats, p - 1));
}

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
        return Math.min(MAX_EVENT_MS, WALK_MS / beatSize(s.beats, s.goal)) / s.speed;
      }
      if (!stepsByBeat(s)) return BASE_STEP_MS / s.speed;
      return dwellFor(beatAt(s.beats, s.step)?.beat) / s.speed;
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
      if (s.goal === null && !stepsByBeat(s)) wait = BASE_STEP_MS / s.speed;
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
