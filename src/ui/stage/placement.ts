/**
 * Pure: which box each request token sits in at a step, and which processes
 * are drawn. A token is in exactly one box, so its layoutId is rendered once.
 */
import type { ProcessView, RequestView, Snapshot } from '../../player/snapshot';
import { drawsAsLoop } from '../../sim/dispatch';
import type { StageLayout } from './layout';

/** A dead process stays on stage (faded, with its exit reason) for this many events. */
export const DEAD_LINGER = 8;
export const MAX_PROCESSES = 12;
export const MAX_THREAD_ROWS = 8;
/** Tokens drawn one by one per box before the rest become "+N". */
export const MAX_TOKENS = 24;

export interface ProcessShown {
  proc: ProcessView;
  /** Thread (or connection) ids drawn as rows inside the process. */
  rows: number[];
  /** Threads not drawn as rows (idle ones beyond MAX_THREAD_ROWS). */
  hiddenIdle: number;
}

export function visibleProcesses(
  snap: Snapshot,
  layout: StageLayout,
): { shown: ProcessShown[]; more: number } {
  const all = snap.pids
    .map((pid) => snap.processes[pid])
    .filter(
      (p) =>
        p.alive ||
        (layout.exitAt[p.pid] !== undefined && snap.index - layout.exitAt[p.pid] < DEAD_LINGER),
    );
  const shown = all.slice(0, MAX_PROCESSES).map((proc) => {
    const busy = Object.keys(proc.busy).map(Number);
    if (proc.role === 'master' || drawsAsLoop(layout.model))
      return { proc, rows: [], hiddenIdle: 0 };
    const ids = new Set<number>(busy);
    for (
      let tid = 1;
      tid <= proc.threads && ids.size < Math.max(MAX_THREAD_ROWS, busy.length);
      tid++
    )
      ids.add(tid);
    const rows = [...ids].sort((a, b) => a - b);
    const hiddenIdle = Math.max(0, proc.threads - rows.length);
    return { proc, rows, hiddenIdle };
  });
  return { shown, more: all.length - shown.length };
}

/** Box ids: clients, done, web, queue, listener, dispatch, proc:PID, thread:PID:TID, wsgi, layer:I, app. */
export function boxOf(
  r: RequestView,
  snap: Snapshot,
  layout: StageLayout,
  procs: ProcessShown[],
): string {
  const ev = snap.event;
  if (ev && ev.type === 'listener.drop' && ev.rid === r.rid) return 'listener';
  switch (r.place) {
    case 'done':
      return 'done';
    case 'client':
      return 'clients';
    case 'web':
      return layout.web ? 'web' : 'clients';
    case 'queue':
      return layout.listener ? 'queue' : 'clients';
    case 'middleware':
      if (r.layer !== null && layout.layers.some((l) => l.index === r.layer))
        return `layer:${r.layer}`;
      return layout.wsgi ? 'wsgi' : workerBox(r, procs);
    case 'app':
      return layout.app ? 'app' : workerBox(r, procs);
    case 'wsgi':
      return layout.wsgi ? 'wsgi' : workerBox(r, procs);
    case 'worker':
      return workerBox(r, procs);
  }
}

function workerBox(r: RequestView, procs: ProcessShown[]): string {
  const p = procs.find((s) => s.proc.pid === r.pid);
  if (!p) return 'dispatch';
  if (r.tid !== null && p.rows.includes(r.tid)) return `thread:${r.pid}:${r.tid}`;
  return `proc:${r.pid}`;
}

export function placeAll(
  snap: Snapshot,
  layout: StageLayout,
  procs: ProcessShown[],
): Map<string, RequestView[]> {
  const boxes = new Map<string, RequestView[]>();
  for (const rid of snap.order) {
    const r = snap.requests[rid];
    const box = boxOf(r, snap, layout, procs);
    const list = boxes.get(box);
    if (list) list.push(r);
    else boxes.set(box, [r]);
  }
  return boxes;
}

/** Up to `max` tokens (always including the current one), most recent last, and how many are left out. */
export function capTokens(
  list: RequestView[],
  current: number | null,
  max = MAX_TOKENS,
): { items: RequestView[]; more: number } {
  if (list.length <= max) return { items: list, more: 0 };
  const items = list.slice(-max);
  if (current !== null && !items.some((r) => r.rid === current)) {
    const cur = list.find((r) => r.rid === current);
    if (cur) items.splice(0, 1, cur);
  }
  return { items, more: list.length - items.length };
}

export type Tone = 'ok' | 'warn' | 'err' | 'none';

/** 2xx ok, 3xx/4xx warn, 5xx and network errors err; none while unknown. */
export function toneOf(r: RequestView): Tone {
  if (r.done && !r.response) return 'err';
  const code = r.response?.status ?? (r.status ? parseInt(r.status, 10) : NaN);
  if (!Number.isFinite(code) || code === 0) return r.error && r.done ? 'err' : 'none';
  if (code >= 500) return 'err';
  if (code >= 300) return 'warn';
  return 'ok';
}

/** Slots the listen queue draws (one per backlog entry, up to MAX_QUEUE_SLOTS). */
export const MAX_QUEUE_SLOTS = 6;
export function queueSlots(snap: Snapshot, layout: StageLayout): number {
  const backlog = snap.queue.backlog || layout.backlog;
  return Math.max(1, Math.min(backlog || MAX_QUEUE_SLOTS, MAX_QUEUE_SLOTS));
}
