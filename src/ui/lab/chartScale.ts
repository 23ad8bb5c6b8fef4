/** Shared chart scales across lanes (so lanes compare at a glance) and path building. Pure. */
import type { LaneRun, WindowFigures } from '../../lab/types';

export interface ChartScale {
  /** Virtual ms at the right edge. */
  tMax: number;
  /** Latency axis: log10 decades [lo, hi] (lo = 0 → 1 ms). */
  decades: [number, number];
  /** Throughput axis top, requests per second (a "nice" number). */
  rateMax: number;
}

export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (x <= m * p) return m * p;
  return 10 * p;
}

export function chartScale(lanes: readonly LaneRun[], frameMs: number): ChartScale {
  let frames = 0;
  let lat = 0;
  let rate = 0;
  for (const l of lanes) {
    frames = Math.max(frames, l.frames.length);
    for (const w of l.figures.windows) {
      lat = Math.max(lat, w.p99 ?? 0);
      rate = Math.max(rate, w.throughput);
    }
  }
  const hi = Math.max(2, Math.ceil(Math.log10(Math.max(1, lat))));
  return {
    tMax: Math.max(frameMs, (frames - 1) * frameMs),
    decades: [0, hi],
    rateMax: niceCeil(rate),
  };
}

/** y in [0, 1] (0 = bottom) for a latency in ms on the log axis. */
export function latencyY(ms: number, [lo, hi]: [number, number]): number {
  const v = Math.log10(Math.max(1, ms));
  return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
}

/**
 * An SVG path through the windows (plotted at each window's end); a window
 * without a value breaks the line.
 */
export function seriesPath(
  ws: readonly WindowFigures[],
  value: (w: WindowFigures) => number | null,
  x: (t: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let pen = false;
  for (const w of ws) {
    const v = value(w);
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(w.t).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}
