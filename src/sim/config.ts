/**
 * A simulated site's configuration (web server, listener, dispatch model, WSGI
 * server, middleware, app) and the memory a process maps. Pure data.
 */

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
