/** Helpers for the protocol layer's tests (not used by the app). */
import type { ConnectionInfo, Step, StepRun } from '../steps';
import type { HeaderList, HttpRequest, MiddlewareSpec, TracePayload, WsgiConfig } from '../types';
import { fromUtf8, utf8 } from '../http/bytes';
import { closing } from './iterable';
import { serveApp, serveWsgi } from './server';
import type { WsgiApp } from './types';

export const CONN: ConnectionInfo = {
  remoteAddr: '10.0.0.7',
  remotePort: 51234,
  serverName: 'demo.test',
  serverPort: 443,
  urlScheme: 'https',
  actor: 'proc:2',
  multithread: false,
  multiprocess: true,
  runOnce: false,
};

/** A dispatcher mounting the echo app at /api and the Django-like one at /blog. */
export const DISPATCH = {
  kind: 'dispatcher' as const,
  mounts: { '/api': 'echo' as const, '/blog': 'django' as const },
};

export function req(
  method: string,
  path: string,
  headers: HeaderList = [],
  body = '',
): HttpRequest {
  return { method, url: `https://demo.test${path}`, headers, body: utf8(body) };
}

export function serve(
  app: WsgiConfig['app'],
  middleware: MiddlewareSpec[],
  request: HttpRequest,
  conn: Partial<ConnectionInfo> = {},
): StepRun & { text: string; events: TracePayload[] } {
  const run = serveWsgi({ server: 'gunicorn', middleware, app }, request, { ...CONN, ...conn });
  return { ...run, text: fromUtf8(run.response.body), events: eventsOf(run.steps) };
}

export function eventsOf(steps: Step[]): TracePayload[] {
  return steps.flatMap((s) => (s.kind === 'event' ? [s.payload] : []));
}

export function ofType<T extends TracePayload['type']>(
  events: TracePayload[],
  type: T,
): Extract<TracePayload, { type: T }>[] {
  return events.filter((e): e is Extract<TracePayload, { type: T }> => e.type === type);
}

export function header(headers: HeaderList, name: string): string | undefined {
  return headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** A plain-text Content-Type header list. */
export const TEXT: [string, string][] = [['Content-Type', 'text/plain']];

/** Serves one request (`method /`) with `app` alone: the run, its events and the body as text. */
export function serveAlone(
  app: WsgiApp,
  conn = CONN,
  method = 'GET',
  server: 'gunicorn' | 'uwsgi' | 'wsgiref' = 'gunicorn',
) {
  const out = serveApp(() => app, 'test', server, req(method, '/'), conn);
  return { ...out, events: eventsOf(out.steps), text: fromUtf8(out.response.body) };
}

/** Every wsgi.error message, one per line: where the server explains a 500. */
export function errors(events: ReturnType<typeof eventsOf>): string {
  return ofType(events, 'wsgi.error')
    .map((e) => e.note.exception)
    .join('\n');
}

/** An app yielding the given chunks, recording whether close() ran. */
export function chunky(chunks: string[], log: string[], headers = TEXT): WsgiApp {
  return (_env, sr) => {
    sr('200 OK', headers);
    return closing(chunks.map(utf8), () => log.push('closed'));
  };
}
