/**
 * What a lane's chart may show at the playhead, and the chart's time axis.
 * Pure: the chart draws only the figure windows that have ended by the
 * current virtual time (so it grows as the run plays, and shrinks when
 * scrubbed back), on an axis that keeps the run's whole length.
 */
import type { WindowFigures } from '../../lab/types';

/** How many windows have ended by virtual time `t` (windows are plotted at their end, in order). */
export function windowsUpTo(ws: readonly WindowFigures[], t: number): number {
  let lo = 0;
  let hi = ws.length;
  // The first window that ends after t.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The windows drawn at virtual time `t`. */
export function visibleWindows(ws: readonly WindowFigures[], t: number): readonly WindowFigures[] {
  const n = windowsUpTo(ws, t);
  return n === ws.length ? ws : ws.slice(0, n);
}

/** The smallest of 1, 2, 5, 10, 20, 50 … s that is at least `ms`. */
function niceStep(ms: number): number {
  for (let p = 1000; ; p *= 10) for (const m of [1, 2, 5]) if (m * p >= ms) return m * p;
}

export interface TimeTick {
  ms: number;
  /** The moment the load stops (the settings' duration). */
  stop: boolean;
}

/**
 * Ticks on round seconds (1, 2, 5, 10 … s apart, at least `minGapPx` apart on
 * a plot `plotW` px wide), always including the load's end `durationMs`.
 * Ticks past the duration (the drain) are kept only if they do not crowd it.
 */
export function timeTicks(
  tMax: number,
  durationMs: number,
  plotW: number,
  minGapPx = 44,
): TimeTick[] {
  const span = Math.max(1, tMax);
  const step = niceStep((span * minGapPx) / Math.max(1, plotW));
  const px = (ms: number) => (ms / span) * plotW;
  const stop = Math.min(durationMs, span);
  const ticks: TimeTick[] = [];
  for (let ms = 0; ms <= span + 1e-6; ms += step) {
    if (Math.abs(px(ms) - px(stop)) < minGapPx * 0.8 && ms !== stop) continue;
    ticks.push({ ms, stop: false });
  }
  const at = ticks.findIndex((k) => k.ms === stop);
  if (at >= 0) ticks[at].stop = true;
  else {
    ticks.push({ ms: stop, stop: true });
    ticks.sort((a, b) => a.ms - b.ms);
  }
  return ticks;
}

/** A rough width of `text` in px at a 12 px sans-serif (wide for CJK): enough to avoid overlaps. */
export function textWidth(text: string, px = 12): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? px : px * 0.6;
  return w;
}
