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

export class EventQueue {
  private heap: Timer[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(t: number, fn: () => void, rid: number | null = null): Timer {
    const timer: Timer = { t, seq: this.seq++, fn, rid, cancelled: false };
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
    return timer;
  }

  /** The next live timer, removed from the queue; undefined when empty. */
  pop(): Timer | undefined {
    for (;;) {
      const top = this.take();
      if (!top || !top.cancelled) return top;
    }
  }

  private take(): Timer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
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
