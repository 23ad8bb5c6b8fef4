/**
 * An autoplaying embed (`autoplay=1`) loops, as a figure in a blog post is
 * expected to: once Play has rested on the last beat of the scene (or of the
 * embed's range), the figure stays there LOOP_PAUSE_MS more, then plays again
 * from the start. The loop ends for good when the reader takes over (a key,
 * a click, a tap in the frame). With reduced motion there is no autoplay and
 * no loop: the embed shows its last frame and a Replay button (ReplayButton).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ExplainerState } from '../store/explainerStore';
import { timelineView } from '../ui/controls/position';

/** The extra rest on the last frame before the figure starts again (on top of the beat's own dwell). */
export const LOOP_PAUSE_MS = 2500;

export interface LoopOptions {
  pauseMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

const atEnd = (s: ExplainerState) => s.length > 0 && s.goal === null && timelineView(s).atEnd;

/** Loops the store's playback; returns `stop` (the reader took over). */
export function loopPlayback(
  store: StoreApi<ExplainerState>,
  options: LoopOptions = {},
): () => void {
  const pauseMs = options.pauseMs ?? LOOP_PAUSE_MS;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as number));
  let timer: unknown = null;
  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing) cancel();
    // Play stopped by itself on the last frame: start again after a pause.
    if (prev.playing && !s.playing && atEnd(s)) {
      cancel();
      timer = setTimer(() => {
        timer = null;
        const now = store.getState();
        if (!now.playing && atEnd(now)) now.play();
      }, pauseMs);
    }
  });
  return () => {
    cancel();
    unsubscribe();
  };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
