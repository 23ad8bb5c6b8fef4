/**
 * A PEP 3333 server for one request: build environ, call the app stack,
 * iterate the body, send headers at the first non-empty chunk, always
 * call close(). Never throws: every failure becomes a 500 or a truncated
 * response, and a `wsgi.error` event says which.
 */
import type { ConnectionInfo, ServeWsgi, StepRun } from '../steps';
import type { HttpRequest, HttpResponse, RejectNote, WsgiConfig } from '../types';
import { describeError } from './errors';
import { ADDED_HEADERS, SERVER_SOFTWARE, buildEnviron, snapshotEnviron } from './environ';
import { errorPage } from '../http/errorPage';
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
  if (server === 'gunicorn') {
    const refused = gunicornLimits(request, conn);
    if (refused) return refused;
  }
  const environ = buildEnviron(request, conn, server);
  emit({ type: 'wsgi.environ', actor, environ: snapshotEnviron(environ) });
  const app = makeApp();
  const out = new ResponseWriter(actor, request.method, ADDED_HEADERS[server], {
    headersOnEmpty: server === 'gunicorn' || server === 'wsgiref',
    protocol: conn.protocol ?? 'HTTP/1.1',
  });

  // uWSGI answers nothing at all when the app raised before its headers: it logs the
  // traceback and closes the connection (recorded: nginx then answers 502).
  let silent = false;
  const fail = (e: unknown, phase: 'call' | 'iterate') => {
    const what = describeError(e);
    if (!out.sent && server === 'uwsgi') {
      silent = true;
      emit({
        type: 'wsgi.error',
        actor,
        phase,
        note: { code: 'wsgi.uwsgi_closes', exception: what },
      });
    } else if (!out.sent) {
      emit({
        type: 'wsgi.error',
        actor,
        phase,
        note: { code: 'wsgi.before_headers', exception: what },
      });
      // The server's own page says nothing about the exception: the traceback goes to
      // wsgi.errors (the error log), the explanation to the trace event above.
      out.internalError(serverErrorPage(server), e);
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
    return silent ? closedWithoutResponse() : out.response();
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
  return silent ? closedWithoutResponse() : out.response();
}

/**
 * gunicorn's parser limits (limit_request_line 4094, limit_request_fields
 * 100, limit_request_field_size 8190): over one, it answers its own 400 and
 * never builds an environ.
 */
function gunicornLimits(request: HttpRequest, conn: ConnectionInfo): HttpResponse | null {
  const url = new URL(request.url);
  const line = `${request.method} ${url.pathname}${url.search} ${conn.protocol ?? 'HTTP/1.1'}`;
  const fields = [...request.headers, ...(conn.forwardedHeaders ?? [])];
  const bigField = fields.find(([k, v]) => new TextEncoder().encode(`${k}: ${v}`).length > 8190);
  const message =
    line.length > 4094
      ? `Request Line is too large (${line.length} > 4094)`
      : fields.length > 100
        ? "Error parsing headers: 'limit request headers fields'"
        : bigField
          ? "Error parsing headers: 'limit request headers fields size'"
          : null;
  if (message === null) return null;
  const note: RejectNote =
    line.length > 4094
      ? { code: 'reject.gunicorn_line', bytes: line.length, max: 4094 }
      : fields.length > 100
        ? { code: 'reject.gunicorn_fields', count: fields.length, max: 100 }
        : { code: 'reject.gunicorn_field_size', max: 8190 };
  emit({ type: 'http.reject', actor: conn.actor, status: 400, reason: 'Bad Request', note });
  const body = new TextEncoder().encode(gunicornPage('Bad Request', message));
  return {
    status: 400,
    reason: 'Bad Request',
    headers: [
      ['Connection', 'close'],
      ['Content-Type', 'text/html'],
      ['Content-Length', String(body.length)],
    ],
    body,
  };
}

/** The page each server sends when the app raised before its headers went out. */
function serverErrorPage(server: WsgiConfig['server']): {
  contentType: string;
  body: string;
  close: boolean;
  addOwn: boolean;
} {
  switch (server) {
    case 'gunicorn':
      // gunicorn.util.write_error: a short HTML page and Connection: close.
      return {
        contentType: 'text/html',
        body: gunicornPage('Internal Server Error', ''),
        close: true,
        addOwn: false,
      };
    case 'wsgiref':
      // wsgiref.handlers.BaseHandler.error_body.
      return {
        contentType: 'text/plain',
        body: 'A server error occurred.  Please contact the administrator.',
        close: false,
        addOwn: true,
      };
    case 'mod_wsgi': {
      // Apache's own 500 page.
      const page = errorPage(SERVER_SOFTWARE.mod_wsgi ?? 'Apache', 500);
      return {
        contentType: 'text/html; charset=iso-8859-1',
        body: new TextDecoder().decode(page.body),
        close: true,
        addOwn: true,
      };
    }
    case 'uwsgi':
      // Never used: uWSGI sends no page (see `silent` in serveInRun).
      return { contentType: 'text/plain', body: '', close: true, addOwn: false };
  }
}

/** gunicorn's own error page (gunicorn.util.write_error). */
export function gunicornPage(reason: string, message: string): string {
  return (
    `<html>\n  <head>\n    <title>${reason}</title>\n  </head>\n  <body>\n` +
    `    <h1><p>${reason}</p></h1>\n    ${escapeHtml(message)}\n  </body>\n</html>\n`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#x27;',
  );
}

/** The connection closed before a single byte of response (a proxy in front answers 502). */
function closedWithoutResponse(): HttpResponse {
  return {
    status: 0,
    reason: '',
    headers: [],
    body: new Uint8Array(0),
    networkError: { code: 'network.empty_reply' },
  };
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
