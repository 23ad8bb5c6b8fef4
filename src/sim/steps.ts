/**
 * The seam between the protocol layer (HTTP parsing, WSGI server, middleware,
 * apps: synchronous, timeless) and the runtime (listener, processes, threads,
 * GIL, event loop: virtual time).
 *
 * The protocol layer runs one request synchronously and records what happened
 * as a list of steps, in order. Events are instantaneous; `cpu` and `io` steps
 * take virtual time. The runtime then plays the steps on the worker the
 * request was given, stamping each event with the virtual time it is reached
 * (and adding `work.*`, `gil.*` and `loop.stall` events of its own).
 */
import type { WorkNote } from './notes';
import type { HttpRequest, HttpResponse, TracePayload, WsgiConfig, WebServerConfig } from './types';

export type Step =
  | { kind: 'event'; payload: TracePayload }
  /** Python bytecode running: needs a core, and the GIL of its process. */
  | { kind: 'cpu'; ms: number; work: WorkNote }
  /**
   * Waiting on I/O (a database, a socket, `time.sleep`). Releases the GIL.
   * `blocking: true` means the wait is invisible to an event loop (a call that
   * was not made cooperative), so it stalls every connection on that loop.
   */
  | { kind: 'io'; ms: number; work: WorkNote; blocking: boolean };

/** What the runtime tells the WSGI server about the connection and the worker. */
export interface ConnectionInfo {
  remoteAddr: string;
  remotePort: number;
  serverName: string;
  serverPort: number;
  /** SERVER_PROTOCOL: the protocol of the request the WSGI server reads (HTTP/1.0 from nginx's proxy). */
  protocol?: string;
  urlScheme: 'http' | 'https';
  /** Actor string of the worker running the request, e.g. `proc:12/thread:1`. */
  actor: string;
  /** wsgi.multithread / wsgi.multiprocess / wsgi.run_once, from the dispatch model. */
  multithread: boolean;
  multiprocess: boolean;
  runOnce: boolean;
  /** The client disconnects after this many body chunks (tests `close()` on client gone). */
  goneAfterChunks?: number;
  /** Headers a reverse proxy in front added (X-Forwarded-For, X-Forwarded-Proto, ...). */
  forwardedHeaders?: [string, string][];
}

export interface StepRun {
  steps: Step[];
  response: HttpResponse;
}

/** The web server's front door: parse, enforce limits, answer static files. */
export type FrontDoorOutcome =
  { kind: 'respond'; steps: Step[]; response: HttpResponse } | { kind: 'dynamic'; steps: Step[] };

export type FrontDoor = (
  web: WebServerConfig,
  request: HttpRequest,
  actor: string,
) => FrontDoorOutcome;

/** Runs one request through the WSGI server, its middleware and its app. Never throws. */
export type ServeWsgi = (wsgi: WsgiConfig, request: HttpRequest, conn: ConnectionInfo) => StepRun;
