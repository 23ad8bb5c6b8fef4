/**
 * The lab's playback: while playing, the cursor moves through the frames in
 * virtual time (1× = one virtual second per second). requestAnimationFrame
 * keeps it in step with painting; the store stops at the end.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ExplainerState } from '../../store/explainerStore';

export function useLabPlayback(cursor: StoreApi<ExplainerState>, frameMs: number): void {
  useEffect(() => {
    let raf = 0;
    let last = 0;
    let carry = 0;
    const loop = (now: number) => {
      const s = cursor.getState();
      if (!s.playing) return;
      // A long gap (background tab) does not make the run race ahead.
      carry += Math.min(250, now - last);
      last = now;
      const every = frameMs / s.speed;
      const n = Math.floor(carry / every);
      if (n > 0) {
        carry -= n * every;
        const target = Math.min(s.length - 1, s.step + n);
        if (target >= s.length - 1) {
          s.seek(s.length - 1);
          s.pause();
          return;
        }
        s.seek(target);
      }
      raf = requestAnimationFrame(loop);
    };
    const start = () => {
      cancelAnimationFrame(raf);
      last = performance.now();
      carry = 0;
      raf = requestAnimationFrame(loop);
    };
    if (cursor.getState().playing) start();
    const unsubscribe = cursor.subscribe((s, prev) => {
      if (s.playing && !prev.playing) start();
      if (!s.playing && prev.playing) cancelAnimationFrame(raf);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, [cursor, frameMs]);
}
