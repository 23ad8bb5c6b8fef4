import { describe, expect, it } from 'vitest';
import { runLab } from '../../lab/lab';
import { defaultLanes } from '../../lab/lanes';
import type { LaneId, WindowFigures } from '../../lab/types';
import { preset } from './presets';

describe('experiment 3: a blocking call on an event loop', () => {
  const s = preset('blocking');
  const run = runLab(s.load, defaultLanes(s.sizes), s.faults);
  const lane = (id: LaneId) => run.lanes.find((l) => l.id === id)!.figures;
  /** The one-second window that ends at `t` seconds. */
  const at = (id: LaneId, t: number): WindowFigures =>
    lane(id).windows.find((w) => w.t === t * 1000)!;
  const others: LaneId[] = ['prefork', 'threads', 'proxy'];

  it('before the call every lane keeps up with the load', () => {
    for (const id of [...others, 'event'] as const)
      for (const t of [2, 3, 4, 5]) expect(at(id, t).p99!).toBeLessThan(600);
  });

  it('while the call blocks, the event loop answers nothing; the other lanes barely notice', () => {
    const fault = s.faults[0];
    expect(fault).toMatchObject({ kind: 'block-loop', at: 5000, ms: 2000 });
    for (const t of [6, 7]) {
      expect(at('event', t).throughput).toBe(0);
      for (const id of others) expect(at(id, t).throughput).toBeGreaterThan(40);
    }
  });

  it('afterwards the event lane’s latency shows the 2 s stall; the others lose one request’s worth', () => {
    // The second after the call returns: everything that waited on the loop finishes late.
    expect(at('event', 8).p50!).toBeGreaterThan(1000);
    expect(at('event', 8).p99!).toBeGreaterThan(2000);
    for (const id of others) expect(at(id, 8).p50!).toBeLessThan(50);
    // Over the whole run too: the event lane's p95 is several times the others'.
    for (const id of others)
      expect(lane('event').latency.p95!).toBeGreaterThan(2.5 * lane(id).latency.p95!);
    expect(lane('event').throughput).toBeLessThan(0.95 * lane('prefork').throughput);
  });
});
