/**
 * Processes and the listening socket: the master, its workers (or, for the
 * fork model, one child per connection), the accept queue, recycling, crash
 * and timeout handling.
 */
import { Deque, type Timer } from './queue';
import { advance, cancel } from './exec';
import { baseMemory, erodeSharing } from './memory';
import { actorOf, type Proc, type Req, type World } from './world';

/** What fork() plus the child's start-up cost, in ms. */
export const FORK_MS = 2;

function newProc(
  w: World,
  role: Proc['role'],
  parent: number | null,
  capacity: number,
  threads: number,
  acceptLimit = capacity,
): Proc {
  const memory = baseMemory(threads);
  // Right after fork() every page of the parent is shared copy-on-write.
  if (parent !== null) memory.shared = memory.code + memory.data + memory.heap;
  const tids: number[] = [];
  for (let i = threads; i >= 1; i--) tids.push(i);
  return {
    pid: w.allocPid(),
    role,
    parent,
    alive: true,
    ready: false,
    draining: false,
    capacity,
    acceptLimit: Math.max(capacity, acceptLimit),
    waiting: new Deque(),
    threads,
    active: new Set(),
    served: 0,
    freeTids: tids,
    runner: null,
    runQueue: new Deque(),
    memory,
    idleSince: w.now,
  };
}

function emitSpawn(w: World, p: Proc, actor: string): void {
  w.emit(null, {
    type: 'process.spawn',
    actor,
    pid: p.pid,
    parent: p.parent,
    role: p.role,
    memory: { ...p.memory },
    threads: p.threads,
  });
}

/** t = 0: the master starts and, except for the fork model, forks its workers in advance. */
export function boot(w: World): void {
  const master = newProc(w, 'master', null, 0, 1);
  master.ready = true;
  w.master = master;
  emitSpawn(w, master, 'master');
  const n = w.strategy.workersAtBoot(w.site.dispatch);
  for (let i = 0; i < n; i++) spawnWorker(w, true);
}

function spawnWorker(w: World, immediately: boolean): void {
  const master = w.master!;
  const d = w.site.dispatch;
  const p = newProc(
    w,
    'worker',
    master.pid,
    w.strategy.capacity(d),
    w.strategy.threadsPerProcess(d),
    w.strategy.acceptLimit(d),
  );
  w.workers.push(p);
  emitSpawn(w, p, 'master');
  if (immediately) p.ready = true;
  else
    w.at(w.now + FORK_MS, () => {
      p.ready = true;
      p.idleSince = w.now;
      tryAccept(w);
    });
}

/**
 * SYN number `attempt` of a connection reaches the listening socket. False when
 * the accept queue is full: the SYN is dropped, and `retryInMs` says when the
 * connecting side sends the next one (null: it gives up first). See handshake.ts.
 */
export function connect(w: World, req: Req, attempt = 1, retryInMs: number | null = null): boolean {
  const backlog = w.site.listener.backlog;
  const queue = w.backlog.length;
  if (queue >= backlog) {
    w.emit(req.rid, {
      type: 'listener.drop',
      actor: 'listener',
      queue,
      backlog,
      attempt,
      retryInMs,
    });
    return false;
  }
  w.backlog.push(req);
  w.emit(req.rid, {
    type: 'listener.enqueue',
    actor: 'listener',
    queue: w.backlog.length,
    backlog,
    ...(attempt > 1 && { attempt }),
  });
  tryAccept(w);
  return true;
}

/** Connections a worker holds: serving, or accepted and waiting inside it for a thread. */
function held(p: Proc): number {
  return p.active.size + p.waiting.length;
}

/** The worker that would win accept(): most free slots, then idle longest, then lowest pid. */
function pickWorker(w: World): Proc | null {
  if (w.strategy.masterAccepts) return w.master && w.master.alive ? w.master : null;
  let best: Proc | null = null;
  for (const p of w.workers) {
    if (!p.alive || !p.ready || p.draining || held(p) >= p.acceptLimit) continue;
    // A single-threaded event loop busy running Python or stuck in a blocking call cannot call accept().
    if (w.strategy.singleLoop && p.runner !== null) continue;
    if (!best) best = p;
    else {
      const fp = p.acceptLimit - held(p);
      const fb = best.acceptLimit - held(best);
      if (
        fp > fb ||
        (fp === fb &&
          (p.idleSince < best.idleSince || (p.idleSince === best.idleSince && p.pid < best.pid)))
      )
        best = p;
    }
  }
  return best;
}

export function tryAccept(w: World): void {
  while (w.backlog.length > 0) {
    const p = pickWorker(w);
    if (!p) return;
    const req = w.backlog.shift()!;
    if (req.answered) continue; // the proxy gave up on it already
    w.emit(req.rid, {
      type: 'listener.accept',
      actor: `proc:${p.pid}`,
      pid: p.pid,
      queue: w.backlog.length,
    });
    if (w.strategy.masterAccepts) forkChild(w, p, req);
    else startOn(w, p, req);
  }
}

function forkChild(w: World, parent: Proc, req: Req): void {
  w.at(
    w.now + FORK_MS,
    () => {
      const child = newProc(w, 'child', parent.pid, 1, 1);
      child.ready = true;
      w.workers.push(child);
      emitSpawn(w, child, `proc:${parent.pid}`);
      startOn(w, child, req);
    },
    req.rid,
  );
}

function startOn(w: World, p: Proc, req: Req): void {
  if (p.active.size >= p.capacity) {
    // Every thread is busy: the connection waits in the worker's own queue (gthread).
    p.waiting.push(req);
    w.emit(req.rid, {
      type: 'worker.queue',
      actor: `proc:${p.pid}`,
      pid: p.pid,
      waiting: p.waiting.length,
      threads: p.threads,
    });
    return;
  }
  const tid = p.freeTids.pop() ?? p.active.size + 1;
  const actor = actorOf(p.pid, tid, p.threads);
  w.emit(req.rid, { type: 'thread.assign', actor, pid: p.pid, tid });
  const task = w.hooks.makeTask(w, req, p, tid, actor);
  p.active.add(task);
  if (w.strategy.singleLoop) {
    // An event loop's accept() only schedules the new connection's handler: it runs once the
    // loop gets to it, after the callbacks already ready, and the loop keeps accepting meanwhile.
    w.at(w.now, () => advance(w, task), req.rid);
    return;
  }
  const timeout = w.strategy.watchdogMs(w.site.dispatch);
  if (timeout > 0) {
    // gunicorn's arbiter kills a worker that has not checked in for `timeout`.
    task.watchdog = w.at(w.now + timeout, () => {
      if (p.alive && !task.done && !task.cancelled) killProc(w, p, 'killed');
    });
  }
  advance(w, task);
}

/** Called by the runtime when a task's steps are all played. */
export function taskFinished(
  w: World,
  task: { proc: Proc; tid: number; req: Req; actor: string; watchdog?: Timer | null },
): void {
  const p = task.proc;
  if (task.watchdog) w.queue.cancel(task.watchdog);
  p.active.delete(task as never);
  p.freeTids.push(task.tid);
  p.served++;
  p.idleSince = w.now;
  erodeSharing(w, p);
  const memory = p.role === 'worker' ? { ...p.memory } : undefined;
  w.emit(task.req.rid, {
    type: 'thread.release',
    actor: task.actor,
    pid: p.pid,
    tid: task.tid,
    ...(memory && { memory }),
  });
  if (p.role === 'child') {
    exitProc(w, p, 'done', `proc:${p.pid}`);
    return;
  }
  // A thread is free: it takes the oldest connection queued inside the worker, if any.
  while (p.waiting.length > 0 && p.active.size < p.capacity) {
    const next = p.waiting.shift()!;
    if (!next.answered) startOn(w, p, next);
  }
  const max = w.site.dispatch.maxRequests;
  if (max > 0 && p.served >= max) p.draining = true;
  if (p.draining && p.active.size === 0) {
    exitProc(w, p, 'recycled', `proc:${p.pid}`);
    spawnWorker(w, false);
  }
  tryAccept(w);
}

function exitProc(
  w: World,
  p: Proc,
  reason: 'done' | 'recycled' | 'crashed' | 'killed',
  actor: string,
): void {
  p.alive = false;
  const i = w.workers.indexOf(p);
  if (i >= 0) w.workers.splice(i, 1);
  w.emit(null, { type: 'process.exit', actor, pid: p.pid, reason });
}

/** A worker dies with requests in flight: they fail; the master forks a replacement. */
export function killProc(w: World, p: Proc, reason: 'crashed' | 'killed'): void {
  if (!p.alive) return;
  exitProc(w, p, reason, reason === 'killed' ? 'master' : `proc:${p.pid}`);
  const tasks = [...p.active];
  p.active.clear();
  for (const task of tasks) {
    cancel(w, task);
    w.hooks.taskFailed(w, task.req, p.pid, reason);
  }
  // Connections it had accepted but not yet given a thread die with it.
  while (p.waiting.length > 0) w.hooks.taskFailed(w, p.waiting.shift()!, p.pid, reason);
  if (p.role === 'worker' && w.master?.alive) spawnWorker(w, false);
}

/** A crash fault: the given pid, else the busiest-looking worker (lowest pid among busy ones), else any. */
export function crashWorker(w: World, pid?: number): void {
  const alive = w.workers.filter((p) => p.alive);
  const target =
    (pid !== undefined ? alive.find((p) => p.pid === pid) : undefined) ??
    alive.filter((p) => p.active.size > 0).sort((a, b) => a.pid - b.pid)[0] ??
    alive.sort((a, b) => a.pid - b.pid)[0];
  if (target) killProc(w, target, 'crashed');
}
