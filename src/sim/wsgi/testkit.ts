/** Helpers for the protocol layer's tests (not used by the app). */
import type { ConnectionInfo, Step, StepRun } from '../steps';
import type { HeaderList, HttpRequest, MiddlewareSpec, TracePayload, WsgiConfig } from '../types';
import { fromUtf8, utf8 } from '../http/bytes';
import { serveWsgi } from './server';

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
