/**
 * The load lab's public API (types only): the same seeded load through five
 * lanes — fork per request, prefork, threads, event loop, reverse proxy +
 * prefork — side by side. Pure data; `runLab` (./lab.ts) fills it.
 *
 * Times are virtual milliseconds since the run began.
 */
import type { SiteConfig } from '../sim/types';
import type { LaneFigures } from './metrics';

export type { LaneFigures, WindowFigures, ErrorCounts } from './metrics';

/** Relative weights of the request kinds (they need not sum to 1; all 0 = only `fast`). */
export interface LoadMix {
  /** GET a file the web server answers itself (/style.css, /logo.svg …): no Python. */
  static: number;
  /** GET /hello/<name>: a few ms of Python (routing + a template). */
  fast: number;
  /** GET /slow?ms=…: I/O-bound (a database wait; the GIL is released, a loop overlaps it). */
  slow: number;
  /** GET /cpu?ms=…: CPU-bound Python (needs a core and the GIL). */
  cpu: number;
  /** POST /upload with a 200 KB–1.2 MB body; nginx refuses those over 1 MiB with 413. */
  upload: number;
  /** A client that trickles its request body and reads the response slowly (uploadMs/downloadMs). */
  slowClient: number;
}

export interface LoadSpec {
  /** Closed loop: number of clients (1..1000). Open loop: ignored. */
  clients: number;
  /**
   * `closed`: each client sends, waits for its answer, thinks `thinkMs`, sends again
   * (the load adapts to the server). `open`: requests arrive at `ratePerSec`
   * (Poisson) whatever the server does (the load does not wait).
   */
  mode: 'closed' | 'open';
  /** Open loop: mean arrivals per second. */
  ratePerSec: number;
  /** Closed loop: think time between an answer and the client's next request. */
  thinkMs: number;
  /** Clients send new requests during [0, durationMs); in-flight ones may finish later. Default 60 000. */
  durationMs: number;
  mix: LoadMix;
  seed: number;
}

/** The five lanes of the lab. */
export type LaneId = 'fork' | 'prefork' | 'threads' | 'event' | 'proxy';

export interface LaneSpec {
  id: LaneId;
  site: SiteConfig;
}

/** Sizes of the lanes (editable in the lab). */
export interface LaneSizes {
  /** Sync workers of the prefork and proxy lanes (gunicorn suggests 2 × cores + 1). */
  workers: number;
  /** Processes of the threads lane. */
  processes: number;
  /** Threads per process of the threads lane. */
  threads: number;
  /** Event-loop worker processes of the event lane. */
  loopWorkers: number;
  /** CPU cores of every lane's machine. Default 4. */
  cores?: number;
  /**
   * listen() backlog of every lane. Default: 511 for the embedded lanes
   * (Apache's ListenBacklog), 2048 behind the proxy (gunicorn's backlog).
   */
  backlog?: number;
}

export type LabFaultKind =
  'crash-worker' | 'block-loop' | 'slow-client' | 'worker-timeout' | 'overflow';

/**
 * Failure injection, at virtual time `at`, in one lane or all:
 * - `crash-worker`: a busy worker dies (its requests fail: 502 behind the proxy,
 *   a reset connection without it); the master forks a replacement.
 * - `block-loop`: a GET /block?ms=… (default 2 000) — a call the event loop cannot
 *   see, so every connection on that loop waits; elsewhere it only ties up one worker.
 * - `slow-client`: `count` (default 8) clients that trickle a 50 KB upload over `ms`
 *   (default 10 000) and read the answer as slowly: they tie up sync workers
 *   without a buffering proxy, not with one.
 * - `worker-timeout`: a GET /slow?ms=… (default 45 000) past gunicorn's 30 s worker
 *   timeout: the arbiter kills the worker; nginx sees the upstream close → 502
 *   (proxy_read_timeout, 60 s, would give 504 only if it fired first). Without a
 *   proxy the client's connection is reset. Only prefork workers have that timeout.
 * - `overflow`: a burst of `count` requests (default backlog + capacity + 100) at once:
 *   beyond the listen queue the kernel drops the SYNs; they are retried after 1, 3, 7 s …
 *   and get in once the queue drains, or time out (connect() after 127 s; a 504 after
 *   nginx's proxy_connect_timeout behind the proxy).
 */
export interface LabFault {
  at: number;
  lane: LaneId | 'all';
  kind: LabFaultKind;
  /** How many requests (slow-client, overflow). */
  count?: number;
  /** Duration knob (block-loop, slow-client, worker-timeout). */
  ms?: number;
}

/** A compact picture of a lane at a virtual instant (for drawing and stepping). */
export interface LabFrame {
  /** Virtual time of the frame. */
  t: number;
  /** Connections waiting in the listen queue (backlog). */
  queued: number;
  /** Connections accepted by a gthread worker and queued inside it for a thread. */
  inWorker: number;
  /** Requests a worker thread / loop is serving (including a slow client's trickle). */
  serving: number;
  /** In flight elsewhere: at the proxy (buffering an upload or a response), being forked, or waiting to resend a dropped SYN. */
  proxy: number;
  /** Sent and not yet answered (= queued + inWorker + serving + proxy). */
  inFlight: number;
  /** Cumulative answers with status < 500 (4xx included, like `LaneFigures.ok`). */
  ok: number;
  /** Cumulative 5xx answers and network errors (connect timeout, reset). */
  errors: number;
  /** Cumulative answers (ok + errors). */
  completed: number;
  /** Cumulative requests sent. */
  sent: number;
  /** Per live worker process (fork: per child), in spawn order: requests it is serving. */
  workers: number[];
  /** Their pids, same order (respawned workers get new pids). */
  pids: number[];
  /** CPU cores busy running Python. */
  coresBusy: number;
}

export interface LaneRun {
  id: LaneId;
  /** Exact figures of the whole run (from every event, not from the frames). */
  figures: LaneFigures;
  /** One frame every `frameMs`, from t = 0 to the end of the run. */
  frames: LabFrame[];
  /** Requests one worker process can serve at once (1 sync, T threads, N loop connections). */
  workerCapacity: number;
  /** Wall-clock ms the engine took for this lane (informational; not deterministic). */
  wallMs: number;
}

export interface LabRun {
  lanes: LaneRun[];
  frameMs: number;
}

export interface LabOptions {
  /** Frame interval, default 100 ms. */
  frameMs?: number;
  /** Window of `LaneFigures.windows`, default 1 000 ms. */
  windowMs?: number;
  /** After `durationMs`, how long to let in-flight requests finish; default 60 000. Unanswered ones count in `figures.unfinished`. */
  drainMs?: number;
  /** `lean` (default): only the events the figures need. `full`: the whole trace (slower; for tests). */
  record?: 'lean' | 'full';
  /** Hand-written requests sent in every lane besides the load (tests, demos): at, method, path, optional body size and client times. */
  extra?: ExtraRequest[];
}

export interface ExtraRequest {
  at: number;
  method: string;
  /** Path and query, e.g. `/slow?ms=100`. */
  path: string;
  bodyBytes?: number;
  uploadMs?: number;
  downloadMs?: number;
}
