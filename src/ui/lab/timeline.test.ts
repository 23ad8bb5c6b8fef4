import { describe, expect, it } from 'vitest';
import type { WindowFigures } from '../../lab/types';
import { timeTicks, visibleWindows, windowsUpTo } from './timeline';

const win = (t: number): WindowFigures =>
  ({ t, throughput: 1, p50: 1, p95: 1, p99: 1, errors: 0 }) as unknown as WindowFigures;
const ws = [1000, 2000, 3000, 4000].map(win);

describe('chart data up to the playhead', () => {
  it('keeps only the windows that have ended by the playhead', () => {
    expect(windowsUpTo(ws, 0)).toBe(0);
    expect(windowsUpTo(ws, 999)).toBe(0);
    expect(windowsUpTo(ws, 1000)).toBe(1);
    expect(windowsUpTo(ws, 2500)).toBe(2);
    expect(windowsUpTo(ws, 4000)).toBe(4);
    expect(windowsUpTo(ws, 99_000)).toBe(4);
    expect(windowsUpTo([], 5000)).toBe(0);
  });

  it('grows as time passes and shrinks when scrubbed back', () => {
    const at = (t: number) => visibleWindows(ws, t).map((w) => w.t);
    expect(at(0)).toEqual([]);
    expect(at(2100)).toEqual([1000, 2000]);
    expect(at(3900)).toEqual([1000, 2000, 3000]);
    expect(at(1500)).toEqual([1000]);
    expect(visibleWindows(ws, 5000)).toBe(ws);
  });
});

describe('time axis', () => {
  it('ends at the duration when the run does', () => {
    const ticks = timeTicks(20_000, 20_000, 300);
    expect(ticks.map((k) => k.ms)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    expect(ticks.filter((k) => k.stop).map((k) => k.ms)).toEqual([20_000]);
  });

  it('marks where the load stops when the run drains past it, on round seconds', () => {
    const ticks = timeTicks(26_600, 20_000, 600);
    expect(ticks.find((k) => k.stop)?.ms).toBe(20_000);
    for (const k of ticks) expect(k.ms % 1000).toBe(0);
    expect(Math.max(...ticks.map((k) => k.ms))).toBeLessThanOrEqual(26_600);
  });

  it('keeps labels apart on a narrow chart and still shows the stop', () => {
    const plotW = 170;
    const ticks = timeTicks(26_600, 20_000, plotW);
    const px = ticks.map((k) => (k.ms / 26_600) * plotW);
    for (let i = 1; i < px.length; i++) expect(px[i] - px[i - 1]).toBeGreaterThanOrEqual(44);
    expect(ticks.some((k) => k.stop && k.ms === 20_000)).toBe(true);
    expect(ticks[0].ms).toBe(0);
  });

  it('puts the stop at a duration that is not a round tick', () => {
    const ticks = timeTicks(37_000, 22_000, 600);
    expect(ticks.find((k) => k.stop)?.ms).toBe(22_000);
  });
});
