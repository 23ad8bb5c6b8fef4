/**
 * The pieces the fold is made of: a request's view as it is first seen, and
 * the small moves every event handler shares.
 */
import type { Environ, TraceEvent } from '../sim/types';
import {
  KEEP_EXITED,
  KEEP_FINISHED,
  type Place,
  type ProcessView,
  type RequestView,
  type Snapshot,
} from './snapshot';

export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

export function newRequest(rid: number, t: number): RequestView {
  return {
    rid,
    method: 'GET',
    url: '',
    path: '',
    place: 'client',
    layer: null,
    direction: 'in',
    pid: null,
    tid: null,
    environ: null,
    changed: [],
    status: null,
    headers: [],
    headersSent: false,
    chunks: [],
    closed: false,
    response: null,
    error: null,
    done: false,
    startedAt: t,
    endedAt: null,
  };
}

export function requestFor(s: Snapshot, e: TraceEvent): RequestView | null {
  if (e.rid === null) return null;
  let r = s.requests[e.rid];
  if (!r) {
    r = newRequest(e.rid, e.t);
    s.requests[e.rid] = r;
    s.order.push(e.rid);
  }
  return r;
}

export function proc(s: Snapshot, pid: number): ProcessView | null {
  return s.processes[pid] ?? null;
}

export function diffKeys(before: Environ | null, after: Environ): string[] {
  if (!before) return Object.keys(after);
  const keys: string[] = [];
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) keys.push(k);
  }
  return keys;
}

export function move(r: RequestView | null, place: Place, layer: number | null = null): void {
  if (!r) return;
  r.place = place;
  r.layer = layer;
}

export function finish(s: Snapshot, r: RequestView | null, t: number): void {
  if (!r || r.done) return;
  r.done = true;
  r.place = 'done';
  r.endedAt = t;
  if (r.pid !== null && r.tid !== null) {
    const p = proc(s, r.pid);
    if (p && p.busy[r.tid] === r.rid) delete p.busy[r.tid];
  }
  s.finished.push(r.rid);
  if (s.finished.length > KEEP_FINISHED) {
    const old = s.finished.shift()!;
    delete s.requests[old];
    const at = s.order.indexOf(old);
    if (at >= 0) s.order.splice(at, 1);
  }
}

/** An exited process stays on the stage until KEEP_EXITED newer ones have exited. */
export function forgetExited(s: Snapshot, pid: number): void {
  s.exited.push(pid);
  if (s.exited.length > KEEP_EXITED) {
    const old = s.exited.shift()!;
    delete s.processes[old];
    const at = s.pids.indexOf(old);
    if (at >= 0) s.pids.splice(at, 1);
  }
}
