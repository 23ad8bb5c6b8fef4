import { describe, expect, it } from 'vitest';
import type { LaneRun, WindowFigures } from '../../lab/types';
import {
  frameAt,
  formatMemory,
  formatMs,
  formatRate,
  laneNow,
  timelineLength,
  windowAt,
} from './format';

const win = (t: number, p50: number | null, cpuMs = 0): WindowFigures => ({
  t,
  throughput: 10,
  p50,
  p95: p50,
  p99: p50,
  queue: 0,
  busy: 0,
  memoryKiB: 2048,
  cpuMs,
  errors: 0,
});
const frame = (t: number, completed: number) => ({
  t,
  queued: 0,
  inWorker: 0,
  serving: 0,
  proxy: 0,
  inFlight: 0,
  ok: completed,
  errors: 0,
  completed,
  sent: completed,
  workers: [1],
  pids: [9],
  coresBusy: 1,
});

function lane(frames: number, windows: WindowFigures[]): LaneRun {
  return {
    id: 'prefork',
    frames: Array.from({ length: frames }, (_, i) => frame(i * 100, i)),
    workerCapacity: 1,
    wallMs: 0,
    figures: { windows } as LaneRun['figures'],
  };
}

describe('figure formatting', () => {
  it('formats latency with a unit that fits its size', () => {
    expect(formatMs(0.44)).toBe('0.4 ms');
    expect(formatMs(85.2)).toBe('85 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(61_234)).toBe('61.2 s');
    expect(formatMs(null)).toBe('–');
  });
  it('formats rates and memory', () => {
    expect(formatRate(12.46)).toBe('12.5/s');
    expect(formatRate(1234.4)).toBe('1,234/s');
    expect(formatMemory(512)).toBe('512 KiB');
    expect(formatMemory(54_560)).toBe('53.3 MiB');
    expect(formatMemory(3 * 1024 * 1024)).toBe('3 GiB');
  });
});

describe('figures at a frame', () => {
  const l = lane(5, [win(1000, 5, 10), win(2000, 50, 20), win(3000, null, 30)]);
  it('a lane that finished early keeps its last frame', () => {
    expect(frameAt(l, 2)?.completed).toBe(2);
    expect(frameAt(l, 99)?.completed).toBe(4);
    expect(timelineLength([l, lane(9, [])])).toBe(9);
  });
  it('shows the last window finished by the cursor, none before the first ends', () => {
    expect(windowAt(l, 500)).toBeNull();
    expect(windowAt(l, 1000)?.p50).toBe(5);
    expect(windowAt(l, 2999)?.p50).toBe(50);
    expect(windowAt(l, 10_000)?.t).toBe(3000);
  });
  it('adds up CPU time of the finished windows', () => {
    expect(laneNow(l, 25, 100).cpuMs).toBe(30);
    expect(laneNow(l, 30, 100).cpuMs).toBe(60);
  });
});
