import { describe, expect, it } from 'vitest';
import { createPlayer } from '../../player/player';
import type { ProcessView, Snapshot } from '../../player/snapshot';
import { scenarios } from '../../sim/scenarios/scenes';
import { runScenario } from '../../sim/simulator';
import type { MemoryMap, TraceEvent } from '../../sim/types';
import {
  batonRow,
  cellOf,
  forkOffset,
  ideasOf,
  isBorn,
  isRespawn,
  PAGES,
  pagesOf,
  privatePages,
  rowHeightCss,
  rowTopCss,
  threadState,
} from './ideas';
import { blockingCall, loopView } from './loopView';

const TOTAL_PAGES = PAGES.code + PAGES.data + PAGES.heap;

function play(id: keyof typeof scenarios) {
  const events = runScenario(scenarios[id]).events;
  const player = createPlayer(events);
  return { events, at: (i: number) => player.at(i) };
}

/** Every step's snapshot, with its event. */
function* steps(id: keyof typeof scenarios): Generator<[Snapshot, TraceEvent]> {
  const { events, at } = play(id);
  for (let i = 0; i < events.length; i++) yield [at(i), events[i]];
}

const mem = (shared: number): MemoryMap => ({
  code: 3200,
  data: 1400,
  heap: 22000,
  stack: 136,
  shared,
});

describe('ideasOf: a scene draws what it teaches', () => {
  it('pages only in fork, prefork and process-vs-thread; the GIL with threads; the ring with a loop', () => {
    expect(ideasOf('fork', 'fork')).toMatchObject({ pages: true, gil: false, master: 'fork' });
    expect(ideasOf('prefork', 'prefork')).toMatchObject({ pages: true, master: 'prefork' });
    expect(ideasOf('process-vs-thread', 'threads')).toMatchObject({
      pages: true,
      gil: true,
      threadMemory: true,
    });
    expect(ideasOf('threads', 'threads')).toMatchObject({ pages: false, gil: true });
    expect(ideasOf('event-loop', 'event')).toMatchObject({ pages: false, gil: false, loop: true });
    expect(ideasOf('big-picture', 'prefork')).toMatchObject({ pages: false, gil: false });
  });
});

describe('pagesOf: copy-on-write as pages', () => {
  it('a master owns its pages; a fresh child shares every page with it', () => {
    expect(pagesOf(mem(0), null).every((p) => p.state === 'own')).toBe(true);
    const child = pagesOf(mem(26600), 4576);
    expect(child).toHaveLength(TOTAL_PAGES);
    expect(privatePages(child)).toBe(0);
  });

  it('pages turn private from the heap as sharing is lost; a partly written page counts whole', () => {
    // 1,051 KiB lost: less than one heap page (2,000 KiB), still one page copied.
    const once = pagesOf(mem(25549), 1);
    expect(privatePages(once)).toBe(1);
    expect(once.filter((p) => p.state === 'private').every((p) => p.kind === 'heap')).toBe(true);
    // Everything but the code lost: all heap and data pages are private, code stays shared.
    const most = pagesOf(mem(3200), 1);
    expect(privatePages(most)).toBe(PAGES.heap + PAGES.data);
    expect(most.filter((p) => p.kind === 'code').every((p) => p.state === 'shared')).toBe(true);
  });

  it('prefork: a worker copies more pages request after request (the trace memory maps)', () => {
    const counts = new Map<number, number[]>();
    for (const [snap] of steps('prefork')) {
      for (const pid of snap.pids) {
        const p = snap.processes[pid];
        if (p.role !== 'worker') continue;
        const n = privatePages(pagesOf(p.memory, p.parent));
        const list = counts.get(pid) ?? [];
        if (list[list.length - 1] !== n) list.push(n);
        counts.set(pid, list);
      }
    }
    const grew = [...counts.values()].filter((l) => l.length > 1);
    expect(grew.length).toBeGreaterThan(0);
    for (const l of counts.values()) {
      expect(l[0]).toBe(0);
      // Never fewer private pages later: a copied page stays copied.
      expect([...l].sort((a, b) => a - b)).toEqual(l);
    }
  });
});

describe('threads and the GIL', () => {
  it('the baton sits at the holder; waiting threads wait, threads in I/O hold nothing', () => {
    let sawWaiting = false;
    let sawIo = false;
    for (const [snap] of steps('threads')) {
      for (const pid of snap.pids) {
        const p = snap.processes[pid];
        if (p.role !== 'worker') continue;
        const rows = Array.from({ length: p.threads }, (_, i) => i + 1);
        const states = rows.map((tid) => threadState(snap, p, tid, true));
        const running = rows.filter((_, i) => states[i] === 'running');
        // At most one thread runs Python, and it is the one holding the GIL.
        expect(running.length).toBeLessThanOrEqual(1);
        if (p.gil !== null && p.busy[p.gil] !== undefined) {
          expect(batonRow(p, rows)).toEqual({ index: rows.indexOf(p.gil), held: true });
        }
        states.forEach((s, i) => {
          if (s === 'waiting') {
            sawWaiting = true;
            expect(p.gil).not.toBe(rows[i]);
          }
          if (s === 'io') {
            sawIo = true;
            expect(p.gil).not.toBe(rows[i]);
          }
        });
      }
    }
    expect(sawWaiting).toBe(true);
    expect(sawIo).toBe(true);
  });

  it('the baton moves from thread to thread in process-vs-thread', () => {
    const holders: number[] = [];
    for (const [snap, e] of steps('process-vs-thread')) {
      if (e.type !== 'gil.acquire') continue;
      const p = snap.processes[e.pid];
      const at = batonRow(p, [1, 2]);
      expect(at.held).toBe(true);
      if (holders[holders.length - 1] !== at.index) holders.push(at.index);
    }
    expect(holders.slice(0, 4)).toEqual([0, 1, 0, 1]);
  });

  it('a released GIL stays drawn, put down, at its last holder', () => {
    const p = { gil: null, gilLast: 3 } as unknown as ProcessView;
    expect(batonRow(p, [1, 2, 3, 4])).toEqual({ index: 2, held: false });
    expect(batonRow({ gil: null, gilLast: null } as unknown as ProcessView, [1, 2])).toEqual({
      index: 0,
      held: false,
    });
  });

  it('rows are as tall as their tokens need, the baton at the sum of those above', () => {
    expect(rowHeightCss(0)).toBe('var(--row-min)');
    expect(rowHeightCss(40)).toBe('max(var(--row-min), calc(40px + var(--row-chrome)))');
    expect(rowTopCss([0, 40, 0], 0)).toBe('0px');
    expect(rowTopCss([0, 40, 0], 2)).toBe(
      'calc(var(--row-min) + max(var(--row-min), calc(40px + var(--row-chrome))) + 2 * var(--row-gap))',
    );
  });
});

describe('prefork: a worker says what it does', () => {
  it('a crashed worker never says idle; a busy one never does either', () => {
    let sawDead = false;
    for (const [snap] of steps('prefork')) {
      for (const pid of snap.pids) {
        const p = snap.processes[pid];
        if (p.role === 'master') continue;
        const s = threadState(snap, p, 1, false);
        if (!p.alive) {
          sawDead = true;
          expect(s).toBe('dead');
        }
        if (p.busy[1] !== undefined) expect(s).toBe('busy');
        const accepted = snap.order.some(
          (rid) => snap.requests[rid].pid === pid && snap.requests[rid].place === 'worker',
        );
        if (accepted) expect(s).not.toBe('idle');
      }
    }
    expect(sawDead).toBe(true);
  });

  it('the replacement of a crashed worker is new; the first workers are not', () => {
    const { events, at } = play('prefork');
    const crash = events.findIndex((e) => e.type === 'process.exit' && e.reason === 'crashed');
    const next = events.findIndex((e, i) => i > crash && e.type === 'process.spawn');
    const snap = at(next);
    const spawned = events[next] as Extract<TraceEvent, { type: 'process.spawn' }>;
    expect(spawned.role).toBe('worker');
    const news = snap.pids.filter((pid) => isRespawn(snap, snap.processes[pid]));
    expect(news).toEqual([spawned.pid]);
    expect(isBorn(snap, snap.processes[spawned.pid])).toBe(true);
  });
});

describe('fork: a child comes out of its parent', () => {
  it('cells and offsets in a two-column grid, with and without a master strip', () => {
    expect(cellOf(3, 2, false)).toEqual({ col: 1, row: 1 });
    expect(cellOf(1, 2, true)).toEqual({ col: 0, row: 1 });
    expect(forkOffset(1, 0, 2)).toEqual({ dx: -1, dy: 0 });
    expect(forkOffset(2, 0, 2)).toEqual({ dx: 0, dy: -1 });
    expect(forkOffset(2, 0, 2, true)).toEqual({ dx: -1, dy: -1 });
    expect(forkOffset(1, -1, 2)).toBeNull();
  });

  it('every child of the fork scene is born of the master, all its pages shared', () => {
    let children = 0;
    for (const [snap, e] of steps('fork')) {
      if (e.type !== 'process.spawn' || e.role !== 'child') continue;
      children++;
      const p = snap.processes[e.pid];
      expect(isBorn(snap, p)).toBe(true);
      expect(privatePages(pagesOf(p.memory, p.parent))).toBe(0);
      // Born for one connection: never idle.
      expect(threadState(snap, p, 1, false)).toBe('forked');
      expect(pagesOf(p.memory, p.parent).every((x) => x.state === 'shared')).toBe(true);
    }
    expect(children).toBe(3);
  });
});

describe('event loop', () => {
  it('a blocking call freezes the loop until it returns, and names the call', () => {
    let frozenSteps = 0;
    let thawed = false;
    const frozenTurns = new Set<number>();
    const turns: number[] = [];
    for (const [snap] of steps('event-loop')) {
      const pid = snap.pids.find((x) => snap.processes[x].role === 'worker');
      if (pid === undefined) continue;
      const v = loopView(snap, snap.processes[pid]);
      turns.push(v.turn);
      if (v.frozen) {
        frozenTurns.add(v.turn);
        frozenSteps++;
        expect(v.slots.some((s) => s.doing === 'block')).toBe(true);
        expect(v.blockedBy).toBe('work.sleep');
      } else if (frozenSteps > 0) thawed = true;
    }
    expect(frozenSteps).toBeGreaterThan(0);
    expect(thawed).toBe(true);
    // The ring stops while frozen, and otherwise only turns forward.
    expect(frozenTurns.size).toBe(1);
    expect([...turns].sort((a, b) => a - b)).toEqual(turns);
    expect(blockingCall('work.sleep')).toBe('time.sleep()');
  });

  it('connections sit on the ring; the running callback is marked and the hand points at it', () => {
    const { events, at } = play('event-loop');
    const i = events.findIndex((e, k) => e.type === 'work.cpu' && e.rid === 3 && k > 0);
    const snap = at(i);
    const v = loopView(snap, snap.processes[(events[i] as { pid: number }).pid]);
    expect(v.slots.map((s) => s.rid)).toEqual([1, 2, 3]);
    expect(v.slots.filter((s) => s.running).map((s) => s.rid)).toEqual([3]);
    expect(v.hand).toBe(240);
    for (const s of v.slots) {
      const r = Math.hypot(s.x - 50, s.y - 50);
      expect(Math.abs(r - 40)).toBeLessThan(0.2);
    }
  });
});
