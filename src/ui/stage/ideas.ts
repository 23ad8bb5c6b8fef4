/**
 * Pure: what each scene's figure draws inside the processes station (its
 * idea), and the data those drawings are made from: a thread's state and who
 * holds the GIL, a process's memory as pages (shared copy-on-write or
 * private), where a forked process comes from, the event loop's ring.
 * Everything here is a function of the snapshot; nothing reads the DOM.
 */
import type { ProcessView, RequestView, Snapshot } from '../../player/snapshot';
import type { DispatchModel, MemoryMap, SceneId } from '../../sim/types';

export interface Ideas {
  /** Memory drawn as pages, shared copy-on-write with the parent or private. */
  pages: boolean;
  /** The GIL as one baton passed between a process's threads. */
  gil: boolean;
  /** An event-loop worker drawn as a ring with its connections. */
  loop: boolean;
  /** Threads share code, data and heap; each has its own stack (said in words). */
  threadMemory: boolean;
  /** What the master says it does: listens and forks per connection, or keeps a pool of workers. */
  master: 'fork' | 'prefork' | null;
}

/** Scenes that teach copy-on-write. */
const PAGE_SCENES: ReadonlySet<string> = new Set(['fork', 'prefork', 'process-vs-thread']);

export function ideasOf(scene: SceneId | string, model: DispatchModel | null): Ideas {
  return {
    pages: PAGE_SCENES.has(scene),
    gil: model === 'threads',
    loop: model === 'event',
    threadMemory: scene === 'process-vs-thread',
    master: model === 'fork' || model === 'prefork' ? model : null,
  };
}

// ---------------------------------------------------------------- threads

export type ThreadState =
  | 'running' // holds the GIL and runs Python
  | 'waiting' // has a request, wants to run Python, another thread holds the GIL
  | 'io' // waits on I/O; the GIL is released meanwhile
  | 'busy' // serving a request (the GIL not drawn)
  | 'accepting' // the process took a connection; its thread is about to serve it
  | 'forked' // a child just forked for a connection, not serving it yet
  | 'idle'
  | 'dead';

/** What one thread row says at this step. A dead process's rows never say idle. */
export function threadState(
  snap: Snapshot,
  proc: ProcessView,
  tid: number,
  gil: boolean,
): ThreadState {
  if (!proc.alive) return 'dead';
  const rid = proc.busy[tid];
  if (rid === undefined) {
    // A single-threaded worker that has accepted a connection is not idle.
    if (proc.threads <= 1 && pendingIn(snap, proc.pid).length > 0) return 'accepting';
    // A fork child exists for one connection: it is never idle.
    if (proc.role === 'child') return proc.served > 0 ? 'busy' : 'forked';
    return 'idle';
  }
  if (!gil) return 'busy';
  const doing = proc.doing[tid];
  if (doing === 'io' || doing === 'block') return 'io';
  return proc.gil === tid ? 'running' : 'waiting';
}

/** Requests a process has accepted that no thread serves yet. */
export function pendingIn(snap: Snapshot, pid: number): RequestView[] {
  const out: RequestView[] = [];
  for (const rid of snap.order) {
    const r = snap.requests[rid];
    if (r.pid === pid && r.tid === null && r.place === 'worker' && !r.done) out.push(r);
  }
  return out;
}

/**
 * Rows of a threaded process whose rows carry the GIL: each as tall as the
 * larger of a minimum and the tokens it holds plus its chrome (label line,
 * status line, padding). Minimum, chrome and gap are CSS variables (a phone
 * drops the status line), so heights and the baton's place are CSS `calc()`
 * strings built from data: the browser resolves them, nothing is measured.
 */
export function rowHeightCss(tokens: number): string {
  return tokens > 0
    ? `max(var(--row-min), calc(${tokens}px + var(--row-chrome)))`
    : 'var(--row-min)';
}

/** The top of row `index` (the baton's place), from the token heights of the rows above it. */
export function rowTopCss(tokens: number[], index: number): string {
  const terms = tokens.slice(0, index).map(rowHeightCss);
  if (terms.length === 0) return '0px';
  return `calc(${terms.join(' + ')} + ${index} * var(--row-gap))`;
}

/**
 * The row the GIL baton is drawn at: the holder's; when nobody holds it, the
 * last holder's (put down there) if still drawn, else the first row. `held` says
 * whether a thread holds it now.
 */
export function batonRow(proc: ProcessView, rows: number[]): { index: number; held: boolean } {
  if (proc.gil !== null) {
    const at = rows.indexOf(proc.gil);
    if (at >= 0) return { index: at, held: true };
  }
  const prev = proc.gilLast !== null ? rows.indexOf(proc.gilLast) : -1;
  return { index: Math.max(0, prev), held: false };
}

// ---------------------------------------------------------------- pages

export type PageKind = 'code' | 'data' | 'heap';
/** own: the process's own page (no parent to share with); shared: still the parent's page; private: copied on write. */
export type PageState = 'own' | 'shared' | 'private';

/** Pages drawn per segment: a dozen or so cells, enough to see them turn one by one. */
export const PAGES: Record<PageKind, number> = { code: 3, data: 2, heap: 11 };

export interface Page {
  kind: PageKind;
  state: PageState;
}

/**
 * A process's code, data and heap as pages. A process with nothing shared
 * (the master, or a process not forked from one) owns all its pages. A
 * forked one starts with every page shared; CPython's reference counts write
 * to heap objects, so the pages lost to sharing are drawn from the heap's end,
 * then the data's. A partly copied page counts as copied: the first write
 * copies it whole.
 */
export function pagesOf(memory: MemoryMap, parent: number | null): Page[] {
  const total = memory.code + memory.data + memory.heap;
  const pages: Page[] = [];
  const segs: PageKind[] = ['code', 'data', 'heap'];
  if (parent === null || memory.shared <= 0 || total <= 0) {
    for (const kind of segs)
      for (let i = 0; i < PAGES[kind]; i++) pages.push({ kind, state: 'own' });
    return pages;
  }
  let lost = Math.max(0, total - memory.shared);
  const privateCount: Record<PageKind, number> = { code: 0, data: 0, heap: 0 };
  for (const kind of ['heap', 'data', 'code'] as const) {
    const size = memory[kind];
    if (lost <= 0 || size <= 0) continue;
    const take = Math.min(size, lost);
    privateCount[kind] = Math.min(PAGES[kind], Math.ceil((take / size) * PAGES[kind]));
    lost -= take;
  }
  for (const kind of segs) {
    const shared = PAGES[kind] - privateCount[kind];
    for (let i = 0; i < PAGES[kind]; i++)
      pages.push({ kind, state: i < shared ? 'shared' : 'private' });
  }
  return pages;
}

export function privatePages(pages: Page[]): number {
  return pages.filter((p) => p.state === 'private').length;
}

// ---------------------------------------------------------------- fork

/** A grid cell: column and row. */
export interface Cell {
  col: number;
  row: number;
}

/**
 * The grid cell of the process at `index` in a grid of `columns` columns;
 * with `masterStrip`, the master (index 0) is a strip across the first row
 * and the others start on the second (the narrow stage draws it so).
 */
export function cellOf(index: number, columns: number, masterStrip: boolean): Cell {
  if (masterStrip) {
    if (index === 0) return { col: 0, row: 0 };
    return { col: (index - 1) % columns, row: 1 + Math.floor((index - 1) / columns) };
  }
  return { col: index % columns, row: Math.floor(index / columns) };
}

/**
 * How many cells (columns, rows) a new process's card is away from its
 * parent's, so that it starts on the parent and slides into its own place
 * (a transform in units of its own size). Null when the parent is not drawn.
 */
export function forkOffset(
  index: number,
  parentIndex: number,
  columns: number,
  masterStrip = false,
): { dx: number; dy: number } | null {
  if (parentIndex < 0 || index < 0 || columns < 1) return null;
  const me = cellOf(index, columns, masterStrip);
  const parent = cellOf(parentIndex, columns, masterStrip);
  return { dx: parent.col - me.col, dy: parent.row - me.row };
}

/** A process that comes out of its parent while the figure is shown: a fork child, or a worker replacing one. */
export function isBorn(snap: Snapshot, proc: ProcessView): boolean {
  return proc.parent !== null && (proc.role === 'child' || isRespawn(snap, proc));
}

/** A worker forked later than its master (to replace one that exited), not yet serving. */
export function isRespawn(snap: Snapshot, proc: ProcessView): boolean {
  if (proc.role !== 'worker' || !proc.alive || proc.served > 0) return false;
  const parent = proc.parent !== null ? snap.processes[proc.parent] : undefined;
  return proc.bornAt > (parent?.bornAt ?? 0);
}
