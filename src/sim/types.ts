/**
 * The contract every part of the explainer shares: HTTP messages (messages.ts), site
 * configuration (config.ts), the trace (trace.ts: one union of namespaced event
 * types) and the scenes' scenarios (here).
 *
 * Pure data only. Times are virtual milliseconds since the simulation began.
 */
import type { SiteConfig } from './config';
import type { HeaderList, HttpResponse } from './messages';
import type { TraceEvent } from './trace';

export type * from './notes';
export type * from './messages';
export type * from './config';
export type * from './trace';

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
