import { describe, expect, it } from 'vitest';
import { EventQueue, Deque } from './queue';
import { createRng } from './rng';

describe('rng', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = createRng(42),
      b = createRng(42),
      c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in range and spreads over it', () => {
    const r = createRng(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(4)]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('event queue', () => {
  it('pops by time, then by insertion order, skipping cancelled timers', () => {
    const q = new EventQueue();
    const out: string[] = [];
    q.push(5, () => out.push('b'));
    q.push(1, () => out.push('a'));
    q.push(5, () => out.push('c'));
    q.cancel(q.push(3, () => out.push('x')));
    for (let t = q.pop(); t; t = q.pop()) t.fn();
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('keeps order over many random pushes', () => {
    const q = new EventQueue();
    const r = createRng(9);
    for (let i = 0; i < 2000; i++) q.push(r.int(100), () => {});
    let last = { t: -1, seq: -1 };
    for (let t = q.pop(); t; t = q.pop()) {
      expect(t.t > last.t || (t.t === last.t && t.seq > last.seq)).toBe(true);
      last = t;
    }
  });

  it('deque is first in, first out', () => {
    const d = new Deque<number>();
    for (let i = 0; i < 3000; i++) d.push(i);
    for (let i = 0; i < 3000; i++) expect(d.shift()).toBe(i);
    expect(d.shift()).toBeUndefined();
  });
});

describe('cancelled timers', () => {
  it('are dropped from the heap long before their time, and pop order is kept', () => {
    // Like a live simulator: each request is answered now, and its timeout,
    // 30 s ahead in virtual time, is cancelled and would never be reached.
    const q = new EventQueue();
    const out: number[] = [];
    for (let i = 0; i < 5000; i++) {
      q.push(i, () => out.push(i));
      q.push(i + 0.5, () => out.push(i + 0.5));
      q.cancel(q.push(30_000 + i, () => out.push(-1)));
      q.pop()!.fn();
      q.pop()!.fn();
    }
    expect(q.size).toBeLessThan(200);
    for (let timer = q.pop(); timer; timer = q.pop()) timer.fn();
    const expected = Array.from({ length: 5000 }, (_, i) => [i, i + 0.5]).flat();
    expect(out).toEqual(expected);
  });
});
