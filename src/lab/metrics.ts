/**
 * Figures of a load run, computed from its trace alone (so the same trace
 * always gives the same figures, and the figures can't disagree with what the
 * stage shows). Pure: no DOM, no clock.
 */
import type { MemoryMap, TraceEvent, TracePayload } from '../sim/types';
import { percentile } from './percentile';

export interface WindowFigures {
  /** End of the window, virtual ms. */
  t: number;
  /** Responses finished in this window, per second. */
  throughput: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Connections waiting for a worker at the end of the window: listen queue plus gthread workers' own queues. */
  queue: number;
  /** Threads (or sync workers) serving a request at the end of the window. */
  busy: number;
  /** Memory of the live processes at the end of the window (KiB), shared pages counted once. */
  memoryKiB: number;
  /** CPU time spent running Python in this window (ms). */
  cpuMs: number;
  /** Failed responses finished in this window. */
  errors: number;
}

export interface ErrorCounts {
  '502': number;
  '503': number;
  '504': number;
  /** connect() gave up: every SYN was dropped by a full listen queue (no proxy in front). */
  timeout: number;
  /** Other network errors: a worker died with the connection (reset), an empty reply. */
  reset: number;
  other5xx: number;
}

export interface LaneFigures {
  windows: WindowFigures[];
  sent: number;
  completed: number;
  /** Answers with status < 500 (4xx included). */
  ok: number;
  /** Of `ok`: 4xx answers (413 from nginx for a body over client_max_body_size, 404 …). */
  clientErrors: number;
  /** Sent but never answered within the run. */
  unfinished: number;
  errors: ErrorCounts;
  /** Over the whole run. */
  latency: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  throughput: number;
  maxQueue: number;
  maxBusy: number;
  peakMemoryKiB: number;
  cpuMs: number;
  durationMs: number;
}

/**
 * Memory as a person would add it up: each process's private part, plus the
 * copy-on-write pages it still shares with its parent counted once per parent.
 */
export function memoryOf(
  procs: Iterable<{ parent: number | null; memory: MemoryMap; threads: number }>,
): number {
  let total = 0;
  const sharedByParent = new Map<number | null, number>();
  for (const p of procs) {
    const m = p.memory;
    const body = m.code + m.data + m.heap;
    // `stack` already holds every thread's stack of the process.
    total += body - m.shared + m.stack;
    sharedByParent.set(p.parent, Math.max(sharedByParent.get(p.parent) ?? 0, m.shared));
  }
  for (const s of sharedByParent.values()) total += s;
  return total;
}

export function computeFigures(events: readonly TraceEvent[], windowMs = 1000): LaneFigures {
  const counter = new FigureCounter(windowMs);
  for (const e of events) counter.add(e);
  return counter.finish();
}

/**
 * The same figures, fed one event at a time (the lab's lean runs keep no
 * trace). `work.cpu` events grow slice by slice after they are emitted, so
 * their ms are read at `finish()`, in event order, into the window where they began.
 */
export class FigureCounter {
  private readonly sentAt = new Map<number, number>();
  private readonly procs = new Map<
    number,
    { parent: number | null; memory: MemoryMap; threads: number }
  >();
  private readonly windows: WindowFigures[] = [];
  private readonly all: number[] = [];
  private readonly errors: ErrorCounts = {
    '502': 0,
    '503': 0,
    '504': 0,
    timeout: 0,
    reset: 0,
    other5xx: 0,
  };
  /** work.cpu events (their ms still grow) and the window each began in, in event order. */
  private readonly cpuEvents: { ms: number }[] = [];
  private readonly cpuWindows: number[] = [];
  private win: number[] = [];
  private winErrors = 0;
  private queue = 0;
  private listenQueue = 0;
  /** Connections queued inside each gthread worker (by pid), waiting for a thread. */
  private readonly inWorker = new Map<number, number>();
  private busy = 0;
  sent = 0;
  ok = 0;
  failed = 0;
  private clientErrors = 0;
  private maxQueue = 0;
  private maxBusy = 0;
  private peakMemory = 0;
  private windowEnd: number;
  private lastT = 0;

  constructor(private readonly windowMs = 1000) {
    this.windowEnd = windowMs;
  }

  private closeWindow(): void {
    this.win.sort((a, b) => a - b);
    const memoryKiB = memoryOf(this.procs.values());
    this.peakMemory = Math.max(this.peakMemory, memoryKiB);
    this.windows.push({
      t: this.windowEnd,
      throughput: (this.win.length * 1000) / this.windowMs,
      p50: percentile(this.win, 50),
      p95: percentile(this.win, 95),
      p99: percentile(this.win, 99),
      queue: this.queue,
      busy: this.busy,
      memoryKiB,
      cpuMs: 0,
      errors: this.winErrors,
    });
    this.win = [];
    this.winErrors = 0;
    this.windowEnd += this.windowMs;
  }

  private done(rid: number | null, t: number, failed: boolean): void {
    if (rid === null) return;
    const start = this.sentAt.get(rid);
    if (start === undefined) return;
    this.sentAt.delete(rid);
    const latency = t - start;
    this.win.push(latency);
    this.all.push(latency);
    if (failed) {
      this.winErrors += 1;
      this.failed += 1;
    } else this.ok += 1;
  }

  add(e: TraceEvent): void {
    this.addAt(e.t, e.rid, e);
  }

  /** The same, for an event given as time, request id and payload (lean mode). */
  addAt(t: number, rid: number | null, e: TracePayload): void {
    while (t > this.windowEnd) this.closeWindow();
    this.lastT = t;
    switch (e.type) {
      case 'client.send':
        this.sent += 1;
        if (rid !== null) this.sentAt.set(rid, t);
        break;
      case 'client.receive': {
        const failed = e.status >= 500;
        if (e.status === 502 || e.status === 503 || e.status === 504)
          this.errors[String(e.status) as '502'] += 1;
        else if (failed) this.errors.other5xx += 1;
        else if (e.status >= 400 && rid !== null && this.sentAt.has(rid)) this.clientErrors += 1;
        this.done(rid, t, failed);
        break;
      }
      case 'client.error':
        if (e.note.code === 'network.connect_timeout') this.errors.timeout += 1;
        else this.errors.reset += 1;
        this.done(rid, t, true);
        break;
      case 'listener.enqueue':
      case 'listener.drop':
      case 'listener.accept':
        this.listenQueue = e.queue;
        this.countQueue();
        break;
      case 'worker.queue':
        this.inWorker.set(e.pid, e.waiting);
        this.countQueue();
        break;
      case 'thread.assign': {
        // A thread of a worker with connections queued inside it takes the oldest one.
        const waiting = this.inWorker.get(e.pid) ?? 0;
        if (waiting > 0) {
          this.inWorker.set(e.pid, waiting - 1);
          this.countQueue();
        }
        this.busy += 1;
        this.maxBusy = Math.max(this.maxBusy, this.busy);
        break;
      }
      case 'thread.release':
        this.busy = Math.max(0, this.busy - 1);
        break;
      case 'process.spawn':
        this.procs.set(e.pid, { parent: e.parent, memory: e.memory, threads: e.threads });
        break;
      case 'process.exit':
        this.procs.delete(e.pid);
        this.inWorker.delete(e.pid);
        this.countQueue();
        break;
      case 'work.cpu':
        this.cpuEvents.push(e);
        this.cpuWindows.push(this.windows.length);
        break;
      default:
        break;
    }
  }

  /** Waiting for a worker: in the listen queue, or inside a gthread worker. */
  private countQueue(): void {
    let q = this.listenQueue;
    for (const n of this.inWorker.values()) q += n;
    this.queue = q;
    this.maxQueue = Math.max(this.maxQueue, q);
  }

  finish(): LaneFigures {
    this.closeWindow();
    let cpuTotal = 0;
    const winCpu = new Array<number>(this.windows.length).fill(0);
    for (let i = 0; i < this.cpuEvents.length; i++) {
      const ms = this.cpuEvents[i].ms;
      winCpu[this.cpuWindows[i]] += ms;
      cpuTotal += ms;
    }
    this.windows.forEach((w, i) => (w.cpuMs = winCpu[i]));
    const all = this.all;
    all.sort((a, b) => a - b);
    const durationMs = Math.max(this.lastT, this.windowMs);
    return {
      windows: this.windows,
      sent: this.sent,
      completed: all.length,
      ok: this.ok,
      clientErrors: this.clientErrors,
      unfinished: this.sentAt.size,
      errors: this.errors,
      latency: {
        p50: percentile(all, 50),
        p95: percentile(all, 95),
        p99: percentile(all, 99),
        max: all.length ? all[all.length - 1] : null,
      },
      throughput: (all.length * 1000) / durationMs,
      maxQueue: this.maxQueue,
      maxBusy: this.maxBusy,
      peakMemoryKiB: this.peakMemory,
      cpuMs: cpuTotal,
      durationMs,
    };
  }
}
