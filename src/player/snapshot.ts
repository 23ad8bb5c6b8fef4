/**
 * What is true at one step of a trace: the state every panel and the stage
 * draw from. Built by folding events (see apply.ts); never patched by the UI.
 */
import type {
  Environ,
  HeaderList,
  MemoryMap,
  NetworkNote,
  TraceEvent,
  UpstreamNote,
  WsgiErrorNote,
} from '../sim/types';

/**
 * What went wrong with a request, as a code (the UI words it, see
 * src/ui/narration): a network error, a WSGI server error, the reverse
 * proxy's own error answer, the client leaving, an exception the app raised
 * (Python text, kept as data), or the learner's code still running past the
 * page's time limit (`ms`), on which the proxy may then give up
 * (`readTimeoutMs`, its proxy_read_timeout).
 */
export type Trouble =
  | NetworkNote
  | WsgiErrorNote
  | UpstreamNote
  | { code: 'trouble.gone'; afterChunks: number }
  | { code: 'trouble.raised'; exception: string }
  | { code: 'trouble.stuck'; ms: number; readTimeoutMs: number | null };

/** Where a request's token is on the stage. */
export type Place = 'client' | 'web' | 'queue' | 'worker' | 'wsgi' | 'middleware' | 'app' | 'done';

export interface ResponseView {
  status: number;
  reason: string;
  headers: HeaderList;
  bodyBytes: number;
  bodyPreview: string;
}

export interface RequestView {
  rid: number;
  method: string;
  url: string;
  /** Path and query, for labels. */
  path: string;
  place: Place;
  /** Middleware layer index while `place === 'middleware'`. */
  layer: number | null;
  /** `in` on the way to the app, `out` once the response is coming back. */
  direction: 'in' | 'out';
  pid: number | null;
  tid: number | null;
  environ: Environ | null;
  /** environ keys added or changed by the latest environ-touching event. */
  changed: string[];
  /** Status line given to start_response (or the web server's), e.g. `200 OK`. */
  status: string | null;
  headers: HeaderList;
  headersSent: boolean;
  chunks: { bytes: number; preview: string }[];
  /** The server has called the iterable's close() (PEP 3333: always, success or error). */
  closed: boolean;
  response: ResponseView | null;
  error: Trouble | null;
  done: boolean;
  startedAt: number;
  endedAt: number | null;
}

export interface ProcessView {
  pid: number;
  parent: number | null;
  role: 'master' | 'worker' | 'child';
  /** Virtual time of its process.spawn. */
  bornAt: number;
  memory: MemoryMap;
  threads: number;
  /** tid → rid being served. */
  busy: Record<number, number>;
  alive: boolean;
  exitReason: string | null;
  /** tid holding the GIL, or null. */
  gil: number | null;
  /** tid that last took the GIL (kept while nobody holds it), or null. */
  gilLast: number | null;
  served: number;
  /** The loop is stalled by a blocking call until this virtual time. */
  stalledUntil: number | null;
  /**
   * tid → what that busy thread (or loop connection) does now: `cpu` runs
   * Python, `io` waits on I/O (the GIL released), `block` waits in a call the
   * event loop cannot see. Set by work.cpu / work.io, cleared on release.
   */
  doing: Record<number, 'cpu' | 'io' | 'block'>;
  /** The latest blocking call's work code (e.g. `work.sleep`), while `stalledUntil` is set. */
  blockedBy: string | null;
  /** Virtual time the latest stall began. */
  stalledAt: number | null;
}

export interface Snapshot {
  /** Index of the event just applied; -1 before the first. */
  index: number;
  t: number;
  event: TraceEvent | null;
  requests: Record<number, RequestView>;
  /** Request ids in the order they were sent (in flight, and the latest finished ones). */
  order: number[];
  /** Finished request ids, oldest first; only the last KEEP_FINISHED stay in `requests`. */
  finished: number[];
  processes: Record<number, ProcessView>;
  pids: number[];
  /** Exited pids, oldest first; only the last KEEP_EXITED stay in `processes`. */
  exited: number[];
  queue: { length: number; backlog: number };
  /** Totals so far. */
  stats: { sent: number; answered: number; errors: number; dropped: number };
}

/**
 * Finished requests kept in a snapshot. Older ones are still counted in
 * `stats` but no longer drawn, so a snapshot's size follows what is in
 * flight, not how long the page has been open.
 */
export const KEEP_FINISHED = 48;

/**
 * Exited processes kept on the stage (a fork per request would otherwise
 * add one card per request for as long as the page is open).
 */
export const KEEP_EXITED = 8;

export function emptySnapshot(): Snapshot {
  return {
    index: -1,
    t: 0,
    event: null,
    requests: {},
    order: [],
    finished: [],
    processes: {},
    pids: [],
    exited: [],
    queue: { length: 0, backlog: 0 },
    stats: { sent: 0, answered: 0, errors: 0, dropped: 0 },
  };
}
