/**
 * The trace: one union of namespaced event types, each with a request id and
 * a virtual time (ms since the simulation began). Pure data.
 */
import type {
  AppNote,
  EnterNote,
  ExitNote,
  NetworkNote,
  ParseNote,
  RejectNote,
  RespondNote,
  UpstreamNote,
  WorkNote,
  WsgiErrorNote,
} from './notes';
import type { AppId, MemoryMap, MiddlewareKind } from './config';
import type { HeaderList } from './messages';

/** A JSON-friendly WSGI environ, as the echo app shows it. */
export type EnvironValue = string | number | boolean | [number, number];
export type Environ = Record<string, EnvironValue>;

export interface EnvironChange {
  key: string;
  /** Absent when the key was added. */
  from?: EnvironValue;
  /** Absent when the key was removed. */
  to?: EnvironValue;
}

/**
 * Fields every event has. `seq` is the index in the trace, `t` the virtual time
 * in ms, `rid` the request id (null for events that belong to no request, such
 * as a worker being spawned), `actor` who acts:
 * `client:3`, `proxy`, `listener`, `master`, `proc:12`, `proc:12/thread:2`,
 * `layer:gzip`, `app:flask`.
 */
export interface EventBase {
  seq: number;
  t: number;
  rid: number | null;
}

type E<T extends string, P> = { type: T; actor: string } & P;

export type TracePayload =
  // client
  | E<'client.send', { method: string; url: string; headers: HeaderList; bodyBytes: number }>
  | E<
      'client.receive',
      {
        status: number;
        reason: string;
        headers: HeaderList;
        bodyBytes: number;
        bodyPreview: string;
      }
    >
  | E<'client.error', { note: NetworkNote }>
  | E<'client.gone', { afterChunks: number }>
  // web server / reverse proxy
  | E<'http.parse', { requestLine: string; headerBytes: number; note?: ParseNote }>
  | E<'http.reject', { status: number; reason: string; note: RejectNote }>
  | E<
      'web.static',
      { path: string; status: number; contentType: string; bytes: number; etag: string }
    >
  | E<'proxy.forward', { upstream: string }>
  | E<'proxy.upstream_error', { status: 502 | 504; note: UpstreamNote }>
  /** `body`: the proxy read a slow client's whole request body, or took the upstream's whole response. */
  | E<'proxy.buffer', { bytes: number; body: 'request' | 'response' }>
  // listener
  /** `attempt` (when > 1): the connection got in on a retransmitted SYN, the attempt-th one. */
  | E<'listener.enqueue', { queue: number; backlog: number; attempt?: number }>
  /**
   * The listen queue is full: Linux drops the SYN (tcp_abort_on_overflow = 0), nothing is
   * sent back. `attempt`: which SYN this was (1 = the first); `retryInMs`: when the
   * connecting side sends it again, or null when it gives up before another retry.
   */
  | E<
      'listener.drop',
      { queue: number; backlog: number; attempt: number; retryInMs: number | null }
    >
  | E<'listener.accept', { pid: number; queue: number }>
  // processes, threads, the GIL, the loop
  | E<
      'process.spawn',
      {
        pid: number;
        parent: number | null;
        role: 'master' | 'worker' | 'child';
        memory: MemoryMap;
        threads: number;
      }
    >
  | E<'process.exit', { pid: number; reason: 'done' | 'recycled' | 'crashed' | 'killed' }>
  | E<'thread.assign', { pid: number; tid: number }>
  /**
   * A worker accepted a connection while all its threads are busy (gunicorn gthread):
   * it waits inside the worker, `waiting` connections now, for one of `threads` threads.
   */
  | E<'worker.queue', { pid: number; waiting: number; threads: number }>
  /**
   * `memory` (optional): the worker's memory map after the request; `shared`
   * shrinks request by request as CPython's reference counts write to pages
   * shared copy-on-write with the master.
   */
  | E<'thread.release', { pid: number; tid: number; memory?: MemoryMap }>
  | E<'gil.acquire', { pid: number; tid: number }>
  | E<'gil.release', { pid: number; tid: number }>
  | E<'work.cpu', { pid: number; tid: number; ms: number; work: WorkNote }>
  | E<'work.io', { pid: number; tid: number; ms: number; work: WorkNote; blocking: boolean }>
  /** `work` (optional): what holds the loop (a blocking call's or a long CPU step's note). */
  | E<'loop.stall', { pid: number; ms: number; waiting: number; work?: WorkNote }>
  // WSGI server
  | E<'wsgi.environ', { environ: Environ }>
  | E<'wsgi.call', { app: string }>
  | E<'wsgi.start_response', { status: string; headers: HeaderList; excInfo: string | null }>
  | E<'wsgi.chunk', { index: number; bytes: number; preview: string }>
  | E<'wsgi.headers_sent', { status: string; headers: HeaderList }>
  | E<'wsgi.write', { bytes: number; preview: string }>
  | E<'wsgi.close', { reason: 'done' | 'error' | 'client_gone' }>
  | E<'wsgi.error', { note: WsgiErrorNote; phase: 'call' | 'iterate' }>
  // middleware: an app to the layer above, a server to the layer below
  | E<
      'middleware.enter',
      { layer: MiddlewareKind; index: number; changes: EnvironChange[]; note: EnterNote }
    >
  /**
   * A layer's start_response call: `pass` hands the app's status up unchanged,
   * `answer` answers without (or instead of) the app below (auth 401, a static
   * file, an error page), `rewrite` sends a post-processed response (gzip, XSLT).
   */
  | E<
      'middleware.respond',
      {
        layer: MiddlewareKind;
        index: number;
        status: string;
        note: RespondNote;
        how: 'pass' | 'answer' | 'rewrite';
      }
    >
  | E<'middleware.exit', { layer: MiddlewareKind; index: number; note: ExitNote }>
  // the application
  | E<'app.enter', { app: AppId; mount: string }>
  | E<'app.step', { app: AppId; note: AppNote }>
  | E<'app.raise', { app: AppId; exception: string }>
  | E<'app.exit', { app: AppId }>;

export type TraceEvent = EventBase & TracePayload;
export type TraceType = TraceEvent['type'];
export type EventOf<T extends TraceType> = Extract<TraceEvent, { type: T }>;
