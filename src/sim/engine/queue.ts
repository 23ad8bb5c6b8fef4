/**
 * The event queue: a binary min-heap ordered by (time, insertion seq), so two
 * things scheduled for the same virtual millisecond run in the order they were
 * scheduled. Entries can be cancelled; cancelled entries are skipped on pop.
 */
export interface Timer {
  t: number;
  seq: number;
  fn: () => void;
  /** Request this work belongs to (an internal error answers that request with a 500). */
  rid: number | null;
  cancelled: boolean;
}

const noop = () => {};

export class EventQueue {
  private heap: Timer[] = [];
  private seq = 0;
  /** Cancelled timers still in the heap. */
  private dead = 0;

  get size(): number {
    return this.heap.length;
  }

  push(t: number, fn: () => void, rid: number | null = null): Timer {
    const timer: Timer = { t, seq: this.seq++, fn, rid, cancelled: false };
    // Sift up by moving parents down into the hole, then place the new timer once.
    const h = this.heap;
    let i = h.length;
    h.push(timer);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p];
      if (!before(timer, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = timer;
    return timer;
  }

  /** The next live timer, removed from the queue; undefined when empty. */
  pop(): Timer | undefined {
    for (;;) {
      const top = this.take();
      if (!top || !top.cancelled) return top;
      if (this.dead > 0) this.dead--;
    }
  }

  /**
   * Cancels a timer. A live simulator answers one request after another while
   * its timeouts (30 s, 60 s) lie far ahead in virtual time, so cancelled
   * timers are dropped (with what their closures hold) once they are half the
   * heap, instead of waiting to be popped. Pop order is unchanged: it is a
   * total order on (t, seq).
   */
  cancel(timer: Timer): void {
    if (timer.cancelled) return;
    timer.cancelled = true;
    timer.fn = noop;
    this.dead++;
    if (this.dead > 64 && this.dead * 2 > this.heap.length) this.compact();
  }

  private compact(): void {
    const h = this.heap.filter((t) => !t.cancelled);
    this.heap = h;
    this.dead = 0;
    for (let i = (h.length >> 1) - 1; i >= 0; i--) {
      const item = h[i];
      let j = i;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && before(h[r], h[l]) ? r : l;
        if (!before(h[c], item)) break;
        h[j] = h[c];
        j = c;
      }
      h[j] = item;
    }
  }

  private take(): Timer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      // Sift `last` down from the root through the hole.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r], h[l]) ? r : l;
        if (!before(h[c], last)) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}

/** A FIFO with O(1) push and shift. */
export class Deque<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(x: T): void {
    this.items.push(x);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
}
