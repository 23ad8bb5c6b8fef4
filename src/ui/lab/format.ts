/**
 * Figures as text, and the figures of a lane at a frame. Pure: the same
 * numbers the canvas draws, for the tables screen readers read.
 */
import type { LabFrame, LaneRun, WindowFigures } from '../../lab/types';
import type { Lang } from '../../store/explainerStore';

const DASH = '–';

// Building an Intl.NumberFormat costs far more than using one: keep them.
const formats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${lang}${digits}${minDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: minDigits,
    });
    formats.set(key, f);
  }
  return f;
}

/** 0.4 → "0.4 ms", 85.2 → "85 ms", 1234 → "1.23 s", 61234 → "61.2 s"; null → "–". */
export function formatMs(ms: number | null | undefined, lang: Lang = 'en'): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
  if (ms < 10) return `${nf(lang, 1).format(ms)} ms`;
  if (ms < 1000) return `${nf(lang, 0).format(Math.round(ms))} ms`;
  if (ms < 10_000) return `${nf(lang, 2).format(ms / 1000)} s`;
  return `${nf(lang, 1).format(ms / 1000)} s`;
}

/** Requests per second: "0", "12.5/s", "1,234/s". */
export function formatRate(perSec: number | null | undefined, lang: Lang = 'en'): string {
  if (perSec === null || perSec === undefined || !Number.isFinite(perSec)) return DASH;
  return `${nf(lang, perSec < 100 ? 1 : 0).format(perSec)}/s`;
}

/** KiB → "820 KiB", "53.2 MiB", "1.25 GiB". */
export function formatMemory(kib: number | null | undefined, lang: Lang = 'en'): string {
  if (kib === null || kib === undefined || !Number.isFinite(kib)) return DASH;
  if (kib < 1024) return `${nf(lang, 0).format(kib)} KiB`;
  if (kib < 1024 * 1024) return `${nf(lang, 1).format(kib / 1024)} MiB`;
  return `${nf(lang, 2).format(kib / 1024 / 1024)} GiB`;
}

export function formatCount(n: number | null | undefined, lang: Lang = 'en'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return nf(lang, 0).format(n);
}

/** Virtual time as "12.3 s". */
export function formatClock(ms: number, lang: Lang = 'en'): string {
  return `${nf(lang, 1, 1).format(Math.max(0, ms) / 1000)} s`;
}

/** The lane's frame at `index` (a lane that finished early keeps its last frame). */
export function frameAt(lane: LaneRun, index: number): LabFrame | null {
  if (lane.frames.length === 0) return null;
  return lane.frames[Math.max(0, Math.min(lane.frames.length - 1, index))];
}

/** The last figure window finished by virtual time `t` (null before the first one ends). */
export function windowAt(lane: LaneRun, t: number): WindowFigures | null {
  const ws = lane.figures.windows;
  if (ws.length === 0) return null;
  let lo = 0;
  let hi = ws.length - 1;
  // The last window whose end is ≤ t: its figures are complete at t.
  if (ws[0].t > t) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ws[mid].t <= t) lo = mid;
    else hi = mid - 1;
  }
  return ws[lo];
}

export interface LaneNow {
  t: number;
  frame: LabFrame | null;
  window: WindowFigures | null;
  /** Cumulative CPU time up to the current window. */
  cpuMs: number;
}

export function laneNow(lane: LaneRun, index: number, frameMs: number): LaneNow {
  const frame = frameAt(lane, index);
  const t = Math.max(0, index) * frameMs;
  const window = windowAt(lane, t);
  let cpuMs = 0;
  for (const w of lane.figures.windows) {
    if (w.t > t) break;
    cpuMs += w.cpuMs;
  }
  return { t, frame, window, cpuMs };
}

/** Frames of the longest lane: the length of the shared timeline. */
export function timelineLength(lanes: readonly LaneRun[]): number {
  return lanes.reduce((m, l) => Math.max(m, l.frames.length), 0);
}
