/**
 * The playback loop: while `playing`, one `tick()` every 700 ms / speed.
 * requestAnimationFrame keeps it in step with painting (and idle in
 * background tabs); the store stops itself at the end of the timeline.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ExplainerState } from '../../store/explainerStore';

export const BASE_STEP_MS = 700;

export function usePlayback(store: StoreApi<ExplainerState>): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let carry = 0;
    const raf =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame
        : (cb: FrameRequestCallback) =>
            setTimeout(() => cb(performance.now()), 16) as unknown as number;
    const caf =
      typeof cancelAnimationFrame === 'function'
        ? cancelAnimationFrame
        : (id: number) => clearTimeout(id);

    const loop = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      carry += now - last;
      last = now;
      const every = BASE_STEP_MS / s.speed;
      if (carry >= every) {
        carry -= every;
        if (carry > every) carry = 0; // after a long pause (background tab) do not race
        if (!s.tick()) return;
      }
      frame = raf(loop);
    };
    const start = () => {
      caf(frame);
      last = performance.now();
      carry = 0;
      frame = raf(loop);
    };
    if (store.getState().playing) start();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) start();
      if (!s.playing && prev.playing) caf(frame);
    });
    return () => {
      unsubscribe();
      caf(frame);
    };
  }, [store]);
}
