/**
 * Runtime lists of the contract's string unions. Written as `Record<Union, true>`
 * so the compiler fails here when a union member is added or removed in
 * src/sim/types.ts, and the lists can never drift from the contract.
 */
import type { TraceType } from '../sim/types';

const TRACE_TYPES: Record<TraceType, true> = {
  'client.send': true,
  'client.receive': true,
  'client.error': true,
  'client.gone': true,
  'http.parse': true,
  'http.reject': true,
  'web.static': true,
  'proxy.forward': true,
  'proxy.upstream_error': true,
  'proxy.buffer': true,
  'listener.enqueue': true,
  'listener.drop': true,
  'worker.queue': true,
  'listener.accept': true,
  'process.spawn': true,
  'process.exit': true,
  'thread.assign': true,
  'thread.release': true,
  'gil.acquire': true,
  'gil.release': true,
  'work.cpu': true,
  'work.io': true,
  'loop.stall': true,
  'wsgi.environ': true,
  'wsgi.call': true,
  'wsgi.start_response': true,
  'wsgi.chunk': true,
  'wsgi.headers_sent': true,
  'wsgi.write': true,
  'wsgi.close': true,
  'wsgi.error': true,
  'middleware.enter': true,
  'middleware.respond': true,
  'middleware.exit': true,
  'app.enter': true,
  'app.step': true,
  'app.raise': true,
  'app.exit': true,
};

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function isTraceType(s: string): s is TraceType {
  return Object.prototype.hasOwnProperty.call(TRACE_TYPES, s);
}

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}
