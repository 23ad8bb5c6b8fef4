/**
 * Playing a task's steps on its worker in virtual time.
 *
 * - `event` steps are instantaneous but need the thread to be running Python
 *   (hold the GIL; on an event loop, hold the loop).
 * - `cpu` steps need the GIL (or the loop) and a core. With threads, a thread
 *   waiting for the GIL makes the holder drop it after the 5 ms switch
 *   interval (sys.getswitchinterval()); when more threads want a core than
 *   there are cores, the OS time-slices them the same way.
 * - `io` steps release the GIL / give the loop back, so they overlap. On an
 *   event loop a `blocking` io step keeps the loop: every other connection on
 *   it waits (`loop.stall`).
 */
import type { World, Task } from './world';
import type { WorkNote } from '../types';

/** sys.getswitchinterval(): 0.005 s. Also used as the OS time slice. */
export const SLICE_MS = 5;

export function advance(w: World, task: Task): void {
  while (!task.cancelled && !task.done) {
    if (task.i >= task.steps.length) {
      finish(w, task);
      return;
    }
    const step = task.steps[task.i];
    const pid = task.proc.pid;
    const rid = task.req.rid;
    const loop = w.strategy.singleLoop;
    if (step.kind === 'io' && !(step.blocking && loop)) {
      // On an event loop even starting an I/O wait is loop code: it waits for the loop.
      if (loop && !task.holdsRunner && !acquireRunner(w, task)) return;
      if (task.holdsRunner) releaseRunner(w, task);
      w.emit(rid, {
        type: 'work.io',
        actor: task.actor,
        pid,
        tid: task.tid,
        ms: step.ms,
        work: step.work,
        blocking: step.blocking,
      });
      task.i++;
      w.at(w.now + step.ms, () => advance(w, task), rid);
      return;
    }
    if (!task.holdsRunner && !acquireRunner(w, task)) return;
    if (step.kind === 'event') {
      w.emit(rid, step.payload);
      task.i++;
      continue;
    }
    if (step.kind === 'io') {
      // A blocking call on an event loop: the loop itself waits.
      stall(w, task, step.ms, true, step.work);
      w.emit(rid, {
        type: 'work.io',
        actor: task.actor,
        pid,
        tid: task.tid,
        ms: step.ms,
        work: step.work,
        blocking: true,
      });
      task.i++;
      w.at(w.now + step.ms, () => advance(w, task), rid);
      return;
    }
    // cpu
    if (!task.cpuStarted) {
      task.cpuStarted = true;
      task.cpuLeft = step.ms;
      if (loop) stall(w, task, step.ms, false, step.work);
    }
    if (task.cpuLeft <= 0) {
      endCpuStep(task);
      continue;
    }
    if (!task.holdsCore) {
      if (w.coresFree > 0) {
        w.coresFree--;
        task.holdsCore = true;
      } else {
        w.coreQueue.push(task);
        return;
      }
    }
    runSlice(w, task, step.work);
    return;
  }
}

function endCpuStep(task: Task): void {
  task.cpuStarted = false;
  task.cpuLeft = 0;
  task.cpuEvent = null;
  task.i++;
}

function runSlice(w: World, task: Task, work: WorkNote): void {
  const slice = Math.min(task.cpuLeft, SLICE_MS);
  if (task.cpuEvent) task.cpuEvent.ms = round(task.cpuEvent.ms + slice);
  else {
    const ev = w.emit(task.req.rid, {
      type: 'work.cpu',
      actor: task.actor,
      pid: task.proc.pid,
      tid: task.tid,
      ms: slice,
      work,
    });
    task.cpuEvent = ev as Task['cpuEvent'];
  }
  w.at(w.now + slice, () => sliceEnd(w, task, slice, work), task.req.rid);
}

function sliceEnd(w: World, task: Task, slice: number, work: WorkNote): void {
  if (task.cancelled) return;
  task.cpuLeft = round(task.cpuLeft - slice);
  if (task.cpuLeft <= 0) {
    releaseCore(w, task);
    endCpuStep(task);
    advance(w, task);
    return;
  }
  if (w.strategy.gilHandoff && hasWaiter(task)) {
    // Another thread asked for the GIL: drop it after the switch interval.
    releaseCore(w, task);
    task.cpuEvent = null;
    releaseRunner(w, task);
    task.proc.runQueue.push(task);
    return;
  }
  if (w.coreQueue.length > 0) {
    // More runnable threads than cores: the OS preempts (the GIL stays held).
    releaseCore(w, task);
    task.cpuEvent = null;
    w.coreQueue.push(task);
    return;
  }
  runSlice(w, task, work);
}

function hasWaiter(task: Task): boolean {
  return task.proc.runQueue.length > 0;
}

/** The task becomes its process's runner (holds the GIL / the loop). */
function grantRunner(w: World, task: Task): void {
  task.proc.runner = task;
  task.holdsRunner = true;
  if (w.showGil)
    w.emit(task.req.rid, {
      type: 'gil.acquire',
      actor: task.actor,
      pid: task.proc.pid,
      tid: task.tid,
    });
}

function acquireRunner(w: World, task: Task): boolean {
  const proc = task.proc;
  if (proc.runner === null) {
    grantRunner(w, task);
    return true;
  }
  proc.runQueue.push(task);
  return false;
}

export function releaseRunner(w: World, task: Task): void {
  const proc = task.proc;
  task.holdsRunner = false;
  if (proc.runner !== task) return;
  proc.runner = null;
  if (w.showGil && proc.alive)
    w.emit(task.req.rid, { type: 'gil.release', actor: task.actor, pid: proc.pid, tid: task.tid });
  // The loop is free for a moment: connections that waited in the listen queue are accepted now
  // (their handlers queue behind the callbacks already ready, or start at once on an idle loop).
  if (w.strategy.singleLoop && proc.alive) w.hooks.loopFree(w, proc);
  if (proc.runner !== null) return;
  for (let next = proc.runQueue.shift(); next; next = proc.runQueue.shift()) {
    if (next.cancelled) continue;
    grantRunner(w, next);
    const n = next;
    w.at(w.now, () => advance(w, n), n.req.rid);
    return;
  }
}

function releaseCore(w: World, task: Task): void {
  if (!task.holdsCore) return;
  task.holdsCore = false;
  w.coresFree++;
  for (let next = w.coreQueue.shift(); next; next = w.coreQueue.shift()) {
    if (next.cancelled) continue;
    w.coresFree--;
    next.holdsCore = true;
    const n = next;
    w.at(w.now, () => advance(w, n), n.req.rid);
    return;
  }
}

/** A CPU step shorter than this is not worth a `loop.stall` event (it would drown the trace). */
const VISIBLE_STALL_MS = 10;

/** On an event loop, a CPU step or a blocking call makes every other connection wait. */
function stall(w: World, task: Task, ms: number, blocking: boolean, work: WorkNote): void {
  const waiting = task.proc.active.size - 1;
  if (blocking || (waiting > 0 && ms >= VISIBLE_STALL_MS)) {
    w.emit(task.req.rid, {
      type: 'loop.stall',
      actor: task.actor,
      pid: task.proc.pid,
      ms,
      waiting,
      work,
    });
  }
}

function finish(w: World, task: Task): void {
  task.done = true;
  if (task.holdsRunner) releaseRunner(w, task);
  w.hooks.taskDone(w, task);
}

/** The task's process died: give back what it held; queued entries are skipped lazily. */
export function cancel(w: World, task: Task): void {
  task.cancelled = true;
  // A dead task's watchdog must not fire later: it would move the clock 30 s on
  // with nothing to do (live requests then started long after the scene).
  if (task.watchdog) w.queue.cancel(task.watchdog);
  task.watchdog = null;
  releaseCore(w, task);
  if (task.proc.runner === task) task.proc.runner = null;
  task.holdsRunner = false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
