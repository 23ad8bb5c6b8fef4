/** Responses the engine itself builds: proxy errors, network errors, engine bugs. */
import type { HeaderList, HttpResponse, NetworkNote } from '../types';
import { SIM_EPOCH_MS, httpDate } from '../http/date';
import { errorPage } from '../http/errorPage';
import { webServerToken } from '../http/reply';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function textBody(s: string): Uint8Array {
  return encoder.encode(s);
}

export function preview(body: Uint8Array, max = 120): string {
  return decoder.decode(body.subarray(0, max));
}

/**
 * The page the proxy sends for an upstream problem (502, 504) or an error of
 * its own: its built-in error page; why it happened is in the trace event.
 */
export function proxyError(status: 502 | 504 | 500, webName = 'nginx'): HttpResponse {
  return errorPage(webServerToken(webName), status);
}

/**
 * An upstream response as the proxy passes it on: nginx drops the upstream's
 * `Date` and `Server` (proxy_hide_header's defaults) and sends its own, and
 * its own `Connection` (hop-by-hop: the upstream's says nothing about the
 * client's connection).
 */
export function viaProxy(response: HttpResponse, webName: string): HttpResponse {
  if (response.networkError !== undefined) return response;
  const kept = response.headers.filter(
    ([k]) => !HIDDEN.has(k.toLowerCase()) && !k.toLowerCase().startsWith('x-accel-'),
  );
  const headers: HeaderList = [
    ['Server', webServerToken(webName)],
    ['Date', httpDate(SIM_EPOCH_MS)],
    ...kept,
    ['Connection', 'keep-alive'],
  ];
  return { ...response, headers };
}

const HIDDEN = new Set(['date', 'server', 'x-pad', 'connection', 'keep-alive']);

export function networkError(note: NetworkNote): HttpResponse {
  return { status: 0, reason: '', headers: [], body: new Uint8Array(0), networkError: note };
}

/** An engine bug never escapes: the request gets a 500 saying what went wrong. */
export function engineError(message: string): HttpResponse {
  const body = textBody(
    `500 Internal Server Error\n\nThe simulator itself failed on this request: ${message}\n`,
  );
  return {
    status: 500,
    reason: 'Internal Server Error',
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
    ],
    body,
  };
}
