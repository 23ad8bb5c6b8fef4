/**
 * A PEP 3333 server for one request: build environ, call the app stack,
 * iterate the body, send headers at the first non-empty chunk, always
 * call close(). Never throws: every failure becomes a 500 or a truncated
 * response, and a `wsgi.error` event says which.
 */
import type { ConnectionInfo, ServeWsgi, StepRun } from '../steps';
import type { HttpRequest, HttpResponse, WsgiConfig } from '../types';
import { describeError } from './errors';
import { ADDED_HEADERS, buildEnviron, snapshotEnviron } from './environ';
import { emit, withRun } from './run';
import { buildStack, stackName } from './stack';
import type { WsgiApp, WsgiIterable } from './types';
import { ResponseWriter } from './writer';

export const serveWsgi: ServeWsgi = (wsgi, request, conn) =>
  serveApp(() => buildStack(wsgi), stackName(wsgi), wsgi.server, request, conn);

/** Serve one request with any WSGI app (the stack, or a hand-written app in a test). */
export function serveApp(
  makeApp: () => WsgiApp,
  name: string,
  server: WsgiConfig['server'],
  request: HttpRequest,
  conn: ConnectionInfo,
): StepRun {
  const { steps, value } = withRun(conn.actor, () => {
    try {
      return serveInRun(makeApp, name, server, request, conn);
    } catch (e) {
      // A bug in the simulation itself: still answer, and say so.
      emit({
        type: 'wsgi.error',
        actor: conn.actor,
        note: { code: 'wsgi.server_failure', exception: describeError(e) },
        phase: 'call',
      });
      return crashResponse();
    }
  });
  return { steps, response: value };
}

function serveInRun(
  makeApp: () => WsgiApp,
  name: string,
  server: WsgiConfig['server'],
  request: HttpRequest,
  conn: ConnectionInfo,
): HttpResponse {
  const actor = conn.actor;
  const environ = buildEnviron(request, conn, server);
  emit({ type: 'wsgi.environ', actor, environ: snapshotEnviron(environ) });
  const app = makeApp();
  const out = new ResponseWriter(actor, request.method, ADDED_HEADERS[server]);

  const fail = (e: unknown, phase: 'call' | 'iterate') => {
    const what = describeError(e);
    if (!out.sent) {
      emit({
        type: 'wsgi.error',
        actor,
        phase,
        note: { code: 'wsgi.before_headers', exception: what },
      });
      out.internalError(
        `The application raised ${what} before any of its response was sent, so the WSGI server answered with this error page instead. The traceback goes to wsgi.errors (the server's error log).`,
        e,
      );
    } else {
      emit({
        type: 'wsgi.error',
        actor,
        phase,
        note: { code: 'wsgi.after_headers', exception: what },
      });
    }
  };

  emit({ type: 'wsgi.call', actor, app: name });
  let result: WsgiIterable;
  try {
    result = app(environ, out.startResponse);
  } catch (e) {
    fail(e, 'call');
    return out.response();
  }

  let reason: 'done' | 'error' | 'client_gone' = 'done';
  let raised: { error: unknown } | null = null;
  try {
    const iterator = result[Symbol.iterator]();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      // The client left after N chunks: the next write would fail (EPIPE).
      if (
        conn.goneAfterChunks !== undefined &&
        out.chunks >= conn.goneAfterChunks &&
        next.value.length > 0
      ) {
        reason = 'client_gone';
        break;
      }
      out.chunk(next.value);
    }
    if (reason === 'done' && !out.sent) out.sendHeaders();
  } catch (e) {
    reason = 'error';
    raised = { error: e };
  }

  // close() comes first even on error (wsgiref's finish_response closes, then handle_error answers).
  emit({ type: 'wsgi.close', actor, reason });
  try {
    result.close?.();
  } catch (e) {
    emit({
      type: 'wsgi.error',
      actor,
      phase: 'iterate',
      note: { code: 'wsgi.close_raised', exception: describeError(e) },
    });
  }
  if (raised) fail(raised.error, 'iterate');
  return out.response();
}

function crashResponse(): HttpResponse {
  const body = new TextEncoder().encode(
    '500 Internal Server Error\n\nThe WSGI server itself failed.\n',
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
