/**
 * A tiny stand-in for the protocol layer, for engine tests: it makes the
 * steps easy to predict. Paths: `/cpu/N` (N ms of Python), `/io/N` (N ms of
 * cooperative I/O), `/block/N` (N ms of a blocking call), `/boom` (raises);
 * `/slow`, `/cpu`, `/block` alone mean 200, 50 and 200 ms; anything else
 * echoes its path. Static paths come from the docroot.
 */
import type { FrontDoor, ServeWsgi, Step } from '../steps';
import type { HttpResponse } from '../types';
import { textBody } from './replies';
import type { Protocol } from './world';

function reply(status: number, reason: string, body: string): HttpResponse {
  const bytes = textBody(body);
  return {
    status,
    reason,
    headers: [
      ['Content-Type', 'text/plain'],
      ['Content-Length', String(bytes.length)],
    ],
    body: bytes,
  };
}

const frontDoor: FrontDoor = (web, request, actor) => {
  const url = new URL(request.url);
  const steps: Step[] = [
    {
      kind: 'event',
      payload: {
        type: 'http.parse',
        actor,
        requestLine: `${request.method} ${url.pathname} HTTP/1.1`,
        headerBytes: 40,
      },
    },
  ];
  if (!web.staticPrefixes.some((p) => url.pathname.startsWith(p)))
    return { kind: 'dynamic', steps };
  const file = web.docroot[url.pathname];
  const response = file ? reply(200, 'OK', file.body) : reply(404, 'Not Found', 'not found');
  steps.push({
    kind: 'event',
    payload: {
      type: 'web.static',
      actor,
      path: url.pathname,
      status: response.status,
      contentType: 'text/plain',
      bytes: response.body.length,
      etag: '"x"',
    },
  });
  return { kind: 'respond', steps, response };
};

const serveWsgi: ServeWsgi = (_wsgi, request, conn) => {
  const url = new URL(request.url);
  const [, kind, n] = url.pathname.split('/');
  const ms = Number(n) || (kind === 'cpu' ? 50 : 200);
  const actor = conn.actor;
  const steps: Step[] = [{ kind: 'event', payload: { type: 'wsgi.call', actor, app: 'echo' } }];
  if (kind === 'cpu') steps.push({ kind: 'cpu', ms, work: { code: 'work.compute' } });
  if (kind === 'io' || kind === 'slow')
    steps.push({ kind: 'io', ms, work: { code: 'work.db_query' }, blocking: false });
  if (kind === 'block')
    steps.push({ kind: 'io', ms, work: { code: 'work.sleep' }, blocking: true });
  if (kind === 'boom') {
    steps.push({
      kind: 'event',
      payload: { type: 'app.raise', actor, app: 'echo', exception: 'ZeroDivisionError' },
    });
    return { steps, response: reply(500, 'Internal Server Error', 'boom') };
  }
  steps.push({ kind: 'event', payload: { type: 'wsgi.close', actor, reason: 'done' } });
  return {
    steps,
    response: reply(
      200,
      'OK',
      `${url.pathname} by ${actor} mt=${conn.multithread} mp=${conn.multiprocess}`,
    ),
  };
};

export const fakeProtocol: Protocol = { frontDoor, serveWsgi };
