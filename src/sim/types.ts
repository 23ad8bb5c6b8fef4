/**
 * The contract every part of the explainer shares: HTTP messages, site
 * configuration, and the trace (one union of namespaced event types).
 *
 * Pure data only. Times are virtual milliseconds since the simulation began.
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

export type * from './notes';

// ---------------------------------------------------------------- HTTP

/** Header pairs in order, names as sent (case kept), like WSGI's header list. */
export type HeaderList = [string, string][];

export interface HttpRequest {
  method: string;
  /** Absolute URL, e.g. `https://demo.test/hello/ada?x=1`. */
  url: string;
  headers: HeaderList;
  body: Uint8Array;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: HeaderList;
  body: Uint8Array;
  /**
   * Set when the client gets no HTTP response at all (the connection timed
   * out or was reset), and why. `status` is then 0 and the browser's `fetch()` rejects.
   */
  networkError?: NetworkNote;
}

// ---------------------------------------------------------------- configuration

export type DispatchModel = 'fork' | 'prefork' | 'threads' | 'event';

export interface DispatchConfig {
  model: DispatchModel;
  /** Worker processes (prefork/threads/event). Ignored by `fork` (one child per connection). */
  processes: number;
  /** Threads per process (`threads` model); 1 otherwise. */
  threads: number;
  /** Recycle a worker after this many requests (gunicorn max_requests); 0 = never. */
  maxRequests: number;
  /** Kill a worker silent for this long (gunicorn timeout, 30 000 ms); 0 = never. */
  timeoutMs: number;
  /** Connections one event-loop worker may hold (gevent worker_connections, 1000). */
  connectionsPerWorker: number;
}

export interface ListenerConfig {
  port: number;
  /** listen() backlog: established connections waiting for accept(). */
  backlog: number;
}

export interface Limits {
  /** nginx client_max_body_size, 1 MiB. */
  maxBodyBytes: number;
  /** Longest request line with its CRLF (one large_client_header_buffers buffer), 8 KiB. */
  maxUriBytes: number;
  /**
   * One header buffer, 8 KiB (nginx large_client_header_buffers 4 8k): each
   * header line must fit in one, and all lines in four.
   */
  maxHeaderBytes: number;
}

export interface StaticFile {
  contentType: string;
  /** UTF-8 text, or base64 when `base64` is true. */
  body: string;
  base64?: boolean;
  /** Virtual modification time (ms since epoch), used for Last-Modified and the ETag. */
  mtime: number;
}

export interface WebServerConfig {
  /** Display name, e.g. `nginx` or `Apache httpd`. */
  name: string;
  /** Files keyed by URL path (`/index.html`). */
  docroot: Record<string, StaticFile>;
  /** Paths the web server answers itself from `docroot`; everything else is dynamic. */
  staticPrefixes: string[];
  limits: Limits;
  /**
   * `proxy`: a separate reverse-proxy process in front (nginx → WSGI server over
   * a socket; buffering protects sync workers). `embedded`: the HTTP layer lives
   * inside the worker itself (Apache child, CGI, `wsgiref`).
   */
  mode: 'proxy' | 'embedded';
  /** proxy_buffering (on by default in nginx). */
  buffering: boolean;
  /** proxy_read_timeout, 60 000 ms: for an answer once the upstream connection is open. */
  upstreamTimeoutMs: number;
  /**
   * proxy_connect_timeout, 60 000 ms: for the TCP handshake with the upstream
   * (while the upstream's listen queue is full, its SYNs are dropped and retried).
   */
  connectTimeoutMs: number;
}

/** `python`: the learner's own code, run in CPython and replayed (apps/recorded.ts). */
export type AppId = 'echo' | 'flask' | 'django' | 'xml' | 'files' | 'python';

export type MiddlewareSpec =
  | { kind: 'dispatcher'; mounts: Record<string, AppId> }
  | { kind: 'static'; prefix: string }
  | { kind: 'gzip'; minBytes?: number }
  | { kind: 'xslt' }
  | { kind: 'proxyfix'; xFor: number; xProto: number; xHost: number; xPrefix: number }
  | { kind: 'auth'; realm: string; users: Record<string, string>; protect: string[] }
  | { kind: 'profiler' }
  | { kind: 'errors' }
  /** A layer of the learner's own Python (its class or function name); replayed with the app. */
  | { kind: 'python'; name: string };

export type MiddlewareKind = MiddlewareSpec['kind'];

export interface WsgiConfig {
  /** Which WSGI server (container) runs the app: changes SERVER_SOFTWARE and the wsgi.* flags' story, not the app. */
  server: 'gunicorn' | 'uwsgi' | 'mod_wsgi' | 'wsgiref';
  /** Outermost first: `middleware[0]` is called by the server. */
  middleware: MiddlewareSpec[];
  app: AppId;
}

export interface SiteConfig {
  /** CPU cores of the simulated machine. */
  cores: number;
  listener: ListenerConfig;
  dispatch: DispatchConfig;
  web: WebServerConfig;
  wsgi: WsgiConfig;
}

// ---------------------------------------------------------------- memory

/** Sizes in KiB. */
export interface MemoryMap {
  code: number;
  data: number;
  heap: number;
  /** All the process's thread stacks together (one stack per thread). */
  stack: number;
  /** How much of code+data+heap is still shared copy-on-write with the parent. */
  shared: number;
}

// ---------------------------------------------------------------- trace

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

// ---------------------------------------------------------------- scenarios

export type SceneId =
  | 'static'
  | 'fork'
  | 'prefork'
  | 'process-vs-thread'
  | 'threads'
  | 'event-loop'
  | 'reverse-proxy'
  | 'wsgi'
  | 'middleware'
  | 'container'
  | 'framework'
  | 'big-picture'
  | 'load-lab'
  | 'python';

export interface ScriptedRequest {
  /** Virtual time the client sends it. */
  at: number;
  method: string;
  /** Path and query, e.g. `/hello/ada?x=1`. */
  path: string;
  headers?: HeaderList;
  body?: string;
  /** The client disconnects after receiving this many body chunks. */
  goneAfterChunks?: number;
  /** The client trickles its request body over this many ms (a slow client). */
  uploadMs?: number;
  /** The client reads the response this slowly (ms for the whole body). */
  downloadMs?: number;
}

export type Fault = { at: number; kind: 'crash-worker'; pid?: number };

export interface Scenario {
  id: SceneId;
  site: SiteConfig;
  seed: number;
  requests: ScriptedRequest[];
  faults?: Fault[];
}

export interface Trace {
  scenario: SceneId | 'live';
  events: TraceEvent[];
  /** One entry per request id, in rid order. */
  responses: { rid: number; response: HttpResponse }[];
}
