/**
 * Figures of a load run, computed from its trace alone (so the same trace
 * always gives the same figures, and the figures can't disagree with what the
 * stage shows). Pure: no DOM, no clock.
 */
import type { MemoryMap, TraceEvent } from '../sim/types';
import { percentile } from './percentile';

export interface WindowFigures {
  /** End of the window, virtual ms. */
  t: number;
  /** Responses finished in this window, per second. */
  throughput: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Accept-queue length at the end of the window. */
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
  refused: number;
  other5xx: number;
}

export interface LaneFigures {
  windows: WindowFigures[];
  sent: number;
  completed: number;
  ok: number;
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
export function memoryOf(procs: Iterable<{ parent: number | null; memory: MemoryMap; threads: number }>): number {
  let total = 0;
  const sharedByParent = new Map<number | null, number>();
  for (const p of procs) {
    const m = p.memory;
    const body = m.code + m.data + m.heap;
    total += body - m.shared + m.stack * Math.max(1, p.threads);
    sharedByParent.set(p.parent, Math.max(sharedByParent.get(p.parent) ?? 0, m.shared));
  }
  for (const s of sharedByParent.values()) total += s;
  return total;
}

export function computeFigures(events: readonly TraceEvent[], windowMs = 1000): LaneFigures {
  const sentAt = new Map<number, number>();
  const procs = new Map<number, { parent: number | null; memory: MemoryMap; threads: number }>();
  const windows: WindowFigures[] = [];
  const all: number[] = [];
  const errors: ErrorCounts = { '502': 0, '503': 0, '504': 0, refused: 0, other5xx: 0 };
  let win: number[] = [];
  let winErrors = 0;
  let winCpu = 0;
  let queue = 0;
  let busy = 0;
  let sent = 0;
  let ok = 0;
  let maxQueue = 0;
  let maxBusy = 0;
  let peakMemory = 0;
  let cpuTotal = 0;
  let windowEnd = windowMs;
  let lastT = 0;

  const closeWindow = () => {
    win.sort((a, b) => a - b);
    const memoryKiB = memoryOf(procs.values());
    peakMemory = Math.max(peakMemory, memoryKiB);
    windows.push({
      t: windowEnd,
      throughput: (win.length * 1000) / windowMs,
      p50: percentile(win, 50),
      p95: percentile(win, 95),
      p99: percentile(win, 99),
      queue,
      busy,
      memoryKiB,
      cpuMs: winCpu,
      errors: winErrors,
    });
    win = [];
    winErrors = 0;
    winCpu = 0;
    windowEnd += windowMs;
  };

  const done = (rid: number | null, t: number, failed: boolean) => {
    if (rid === null) return;
    const start = sentAt.get(rid);
    if (start === undefined) return;
    sentAt.delete(rid);
    const latency = t - start;
    win.push(latency);
    all.push(latency);
    if (failed) winErrors += 1;
    else ok += 1;
  };

  for (const e of events) {
    while (e.t > windowEnd) closeWindow();
    lastT = e.t;
    switch (e.type) {
      case 'client.send':
        sent += 1;
        if (e.rid !== null) sentAt.set(e.rid, e.t);
        break;
      case 'client.receive': {
        const failed = e.status >= 500;
        if (e.status === 502 || e.status === 503 || e.status === 504) errors[String(e.status) as '502'] += 1;
        else if (failed) errors.other5xx += 1;
        done(e.rid, e.t, failed);
        break;
      }
      case 'client.error':
        errors.refused += 1;
        done(e.rid, e.t, true);
        break;
      case 'listener.enqueue':
      case 'listener.refuse':
      case 'listener.accept':
        queue = e.queue;
        maxQueue = Math.max(maxQueue, queue);
        break;
      case 'thread.assign':
        busy += 1;
        maxBusy = Math.max(maxBusy, busy);
        break;
      case 'thread.release':
        busy = Math.max(0, busy - 1);
        break;
      case 'process.spawn':
        procs.set(e.pid, { parent: e.parent, memory: e.memory, threads: e.threads });
        break;
      case 'process.exit':
        procs.delete(e.pid);
        break;
      case 'work.cpu':
        winCpu += e.ms;
        cpuTotal += e.ms;
        break;
      default:
        break;
    }
  }
  closeWindow();
  all.sort((a, b) => a - b);
  const durationMs = Math.max(lastT, windowMs);
  return {
    windows,
    sent,
    completed: all.length,
    ok,
    errors,
    latency: {
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
      max: all.length ? all[all.length - 1] : null,
    },
    throughput: (all.length * 1000) / durationMs,
    maxQueue,
    maxBusy,
    peakMemoryKiB: peakMemory,
    cpuMs: cpuTotal,
    durationMs,
  };
}
