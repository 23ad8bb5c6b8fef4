/**
 * The state of one simulated machine: virtual clock, event queue, trace,
 * processes, the listening socket and the CPU cores. The other engine modules
 * are functions over a World.
 */
import type { FrontDoor, ServeWsgi, Step } from '../steps';
import type {
  EventOf,
  HttpRequest,
  HttpResponse,
  MemoryMap,
  SiteConfig,
  TraceEvent,
  TracePayload,
} from '../types';
import { strategyOf, type DispatchStrategy } from '../dispatch';
import { Deque, EventQueue, type Timer } from './queue';
import { createStreams, type RngStreams } from './rng';

export interface Protocol {
  frontDoor: FrontDoor;
  serveWsgi: ServeWsgi;
}

export interface ClientScript {
  uploadMs: number;
  downloadMs: number;
  goneAfterChunks?: number;
  /**
   * Lean mode only: requests with the same key are the same request (method,
   * URL, headers, body), so the protocol layer's steps are computed once and reused.
   */
  cacheKey?: string;
}

/** What lean mode still records: the events the load lab's figures read. */
const LEAN_TYPES = new Set<string>([
  'client.send',
  'client.receive',
  'client.error',
  'listener.enqueue',
  'listener.drop',
  'listener.accept',
  'worker.queue',
  'thread.assign',
  'thread.release',
  'process.spawn',
  'process.exit',
  'work.cpu',
]);

/** Options of a World beyond its site and seed. */
export interface WorldOptions {
  /**
   * `lean`: keep no trace; emit only the events in LEAN_TYPES (to `onEvent`),
   * skip response previews, and cache the protocol layer's steps per
   * `ClientScript.cacheKey`. Timing and the kept events are the same as in `full`.
   */
  record?: 'full' | 'lean';
  /**
   * Called with every recorded event as it is emitted: its time, request id and
   * payload (in full mode the payload is the trace event itself; in lean mode a
   * bare payload, so no merged copy is made).
   */
  onEvent?: (t: number, rid: number | null, e: TracePayload) => void;
}

/** A protocol result reused in lean mode (event steps collapsed: they only mark where the runner is needed). */
export interface CachedRun {
  steps: Step[];
  response: HttpResponse;
  clientGone: boolean;
  /** Front door at the proxy: answered there (static, 4xx) or forwarded. */
  respond: boolean;
}

/** One request, from client.send to client.receive / client.error. */
export interface Req {
  rid: number;
  request: HttpRequest;
  script: ClientScript;
  answered: boolean;
  /** The proxy's upstream timer (proxy_read_timeout). */
  timer: Timer | null;
}

export interface Proc {
  pid: number;
  role: 'master' | 'worker' | 'child';
  parent: number | null;
  alive: boolean;
  ready: boolean;
  /** Stops accepting (max_requests reached); exits when its last request ends. */
  draining: boolean;
  /** Requests it serves at once (threads, loop connections, or 1). */
  capacity: number;
  /** Connections it accepts at once; those beyond `capacity` wait in `waiting` (gthread). */
  acceptLimit: number;
  /** Accepted connections waiting inside the worker for a free thread, oldest first. */
  waiting: Deque<Req>;
  threads: number;
  active: Set<Task>;
  served: number;
  freeTids: number[];
  /** Who holds the GIL (threads) or the loop (event); a single-threaded worker's only thread. */
  runner: Task | null;
  runQueue: Deque<Task>;
  memory: MemoryMap;
  idleSince: number;
}

/** A request being played on a worker thread (or loop). */
export interface Task {
  req: Req;
  proc: Proc;
  tid: number;
  actor: string;
  steps: Step[];
  i: number;
  cpuStarted: boolean;
  cpuLeft: number;
  /** The work.cpu event of the current uninterrupted run: its ms grows slice by slice. */
  cpuEvent: EventOf<'work.cpu'> | null;
  holdsRunner: boolean;
  holdsCore: boolean;
  cancelled: boolean;
  done: boolean;
  response: HttpResponse;
  /** The client hung up while the body was being sent (a client.gone step). */
  clientGone: boolean;
  /** The arbiter's worker-timeout timer for this task (prefork), cancelled when it finishes. */
  watchdog?: Timer | null;
}

export interface Hooks {
  taskDone(w: World, task: Task): void;
  /** A request the worker `pid` held (serving or queued inside it) is lost with the worker. */
  taskFailed(w: World, req: Req, pid: number, reason: 'crashed' | 'killed'): void;
  makeTask(w: World, req: Req, proc: Proc, tid: number, actor: string): Task;
  /** An event loop came back from running Python or a blocking call: it may accept() again. */
  loopFree(w: World, proc: Proc): void;
}

export class World {
  /** Independent random streams: pids, REMOTE_PORTs, copy-on-write erosion. */
  readonly rng: RngStreams;
  /** The dispatch model's answers (src/sim/dispatch): the engine asks these instead of branching on the model. */
  readonly strategy: DispatchStrategy;
  readonly queue = new EventQueue();
  readonly trace: TraceEvent[] = [];
  readonly responses = new Map<number, HttpResponse>();
  readonly reqs = new Map<number, Req>();
  now = 0;
  master: Proc | null = null;
  /** Workers (prefork/threads/event) or children (fork) that are alive. */
  readonly workers: Proc[] = [];
  readonly backlog = new Deque<Req>();
  coresFree: number;
  readonly coreQueue = new Deque<Task>();
  nextPid: number;
  /** Internal errors that belonged to no request (kept for tests; never thrown). */
  readonly errors: string[] = [];
  /** Lean mode (see WorldOptions). */
  readonly lean: boolean;
  readonly onEvent: ((t: number, rid: number | null, e: TracePayload) => void) | null;
  /** Lean mode: protocol results by cache key, worker side (HTTP layer if embedded, WSGI server). */
  readonly stepCache = new Map<string, CachedRun>();
  /** Lean mode: the proxy's front door results by cache key. */
  readonly frontCache = new Map<string, CachedRun>();

  constructor(
    readonly site: SiteConfig,
    seed: number,
    readonly protocol: Protocol,
    readonly hooks: Hooks,
    opts: WorldOptions = {},
  ) {
    this.lean = opts.record === 'lean';
    this.onEvent = opts.onEvent ?? null;
    this.rng = createStreams(seed);
    this.strategy = strategyOf(site.dispatch.model);
    this.coresFree = Math.max(1, site.cores);
    this.nextPid = 1000 + this.rng.pids.int(8000);
  }

  /** GIL events are shown only where threads can compete for the GIL. */
  get showGil(): boolean {
    return this.strategy.threadsPerProcess(this.site.dispatch) > 1;
  }

  /** Events already handed out and dropped from `trace` (live mode), so `seq` keeps counting. */
  seqBase = 0;

  emit(rid: number | null, payload: TracePayload): TraceEvent {
    if (this.lean) {
      // Dropped events are never read back by the engine (only work.cpu is, and it is kept).
      // The payload itself is handed on (work.cpu's ms keeps growing on it, slice by slice).
      if (LEAN_TYPES.has(payload.type)) this.onEvent?.(this.now, rid, payload);
      return payload as TraceEvent;
    }
    const ev = {
      seq: this.seqBase + this.trace.length,
      t: this.now,
      rid,
      ...payload,
    } as TraceEvent;
    this.trace.push(ev);
    this.onEvent?.(ev.t, rid, ev);
    return ev;
  }

  at(t: number, fn: () => void, rid: number | null = null): Timer {
    // Rounded to a microsecond so sums of fractional steps stay readable (0.1 + 0.2).
    return this.queue.push(Math.max(Math.round(t * 1000) / 1000, this.now), fn, rid);
  }

  allocPid(): number {
    const pid = this.nextPid;
    this.nextPid += 1 + this.rng.pids.int(3);
    return pid;
  }

  /** Runs queued work until `until()` is true or the queue is empty. Never throws. */
  run(until: () => boolean = () => false, maxSteps = 50_000_000): void {
    let steps = 0;
    while (!until() && steps++ < maxSteps) {
      const timer = this.queue.pop();
      if (!timer) return;
      this.now = timer.t;
      try {
        timer.fn();
      } catch (err) {
        this.internalError(timer.rid, err);
      }
    }
  }

  /** Set by the runtime: answers a request with a 500 explaining an engine bug. */
  onInternalError: (rid: number, message: string) => void = () => {};

  internalError(rid: number | null, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (rid === null) this.errors.push(message);
    else this.onInternalError(rid, message);
  }
}

export function actorOf(pid: number, tid: number, threads: number): string {
  return threads > 1 ? `proc:${pid}/thread:${tid}` : `proc:${pid}`;
}
