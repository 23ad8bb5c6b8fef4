/**
 * What a process's view says about its threads and memory, folded from the
 * trace: the memory map a worker reports after a request, what each busy
 * thread does (Python, I/O, a call that stalls a loop), the GIL's last holder.
 */
import { describe, expect, it } from 'vitest';
import { scenarios } from '../sim/scenarios/scenes';
import { runScenario } from '../sim/simulator';
import type { TraceEvent } from '../sim/types';
import { createPlayer } from './player';

function play(id: keyof typeof scenarios) {
  const events = runScenario(scenarios[id]).events;
  return { events, player: createPlayer(events) };
}

describe('process state in the snapshot', () => {
  it("takes a worker's memory map from thread.release (copy-on-write sharing shrinks)", () => {
    const { events, player } = play('prefork');
    const i = events.findIndex((e) => e.type === 'thread.release' && e.memory);
    const e = events[i] as Extract<TraceEvent, { type: 'thread.release' }>;
    const before = player.at(i - 1).processes[e.pid].memory.shared;
    const after = player.at(i).processes[e.pid].memory;
    expect(after).toEqual(e.memory);
    expect(after.shared).toBeLessThan(before);
  });

  it('says what each busy thread does: Python after gil.acquire, I/O after work.io', () => {
    const { events, player } = play('threads');
    const io = events.findIndex((e) => e.type === 'work.io');
    const e = events[io] as Extract<TraceEvent, { type: 'work.io' }>;
    expect(player.at(io).processes[e.pid].doing[e.tid]).toBe('io');
    const back = events.findIndex(
      (x, k) => k > io && x.type === 'gil.acquire' && x.pid === e.pid && x.tid === e.tid,
    );
    if (back > 0) expect(player.at(back).processes[e.pid].doing[e.tid]).toBe('cpu');
    const done = events.findIndex(
      (x, k) => k > io && x.type === 'thread.release' && x.pid === e.pid && x.tid === e.tid,
    );
    expect(player.at(done).processes[e.pid].doing[e.tid]).toBeUndefined();
  });

  it('marks the callback that stalls an event loop, and the call it makes', () => {
    const { events, player } = play('event-loop');
    const i = events.findIndex((e) => e.type === 'loop.stall');
    const e = events[i] as Extract<TraceEvent, { type: 'loop.stall' }>;
    const p = player.at(i).processes[e.pid];
    const tid = Number(Object.keys(p.busy).find((k) => p.busy[Number(k)] === e.rid));
    expect(p.doing[tid]).toBe('block');
    expect(p.blockedBy).toBe('work.sleep');
    expect(p.stalledUntil).toBe(e.t + e.ms);
  });

  it('keeps the last holder of the GIL while nobody holds it', () => {
    const { events, player } = play('threads');
    const i = events.findIndex((e) => e.type === 'gil.release');
    const e = events[i] as Extract<TraceEvent, { type: 'gil.release' }>;
    const p = player.at(i).processes[e.pid];
    expect(p.gil).toBeNull();
    expect(p.gilLast).toBe(e.tid);
  });
});
