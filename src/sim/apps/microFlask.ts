/**
 * A Flask-like micro-framework: `wsgi_app` pushes a request context, matches
 * the URL against a rule table, calls the view, and the response object
 * answers as a WSGI app of its own (as a Werkzeug Response does).
 */
import type { AppId, HeaderList } from '../types';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { cpu } from '../wsgi/run';
import type { WsgiApp, WsgiEnviron } from '../wsgi/types';
import { appEvents, bytesOf, HTML, parseQuery, type Body } from './base';

export interface Request {
  method: string;
  path: string;
  args: Record<string, string>;
  params: Record<string, string>;
  environ: WsgiEnviron;
}

export interface Response {
  status: string;
  headers: HeaderList;
  /** A whole body (Content-Length is added) or a generator (streamed, no length). */
  body: Body | Iterable<Uint8Array>;
}

export interface Route {
  rule: string;
  endpoint: string;
  methods: string[];
  view: (req: Request) => Response;
}

const CONVERTERS: Record<string, string> = { string: '[^/]+', int: '\\d+', path: '.+' };

function compile(rule: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = rule
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/<(?:(\w+):)?(\w+)>/g, (_m, conv: string | undefined, name: string) => {
      names.push(name);
      return `(${CONVERTERS[conv ?? 'string'] ?? CONVERTERS.string})`;
    });
  return { regex: new RegExp(`^${source}$`), names };
}

export function html(status: string, body: string, extra: HeaderList = []): Response {
  return { status, headers: [['Content-Type', HTML], ...extra], body };
}

function errorPage(code: string, title: string, text: string, extra: HeaderList = []): Response {
  return html(
    code,
    `<!doctype html>\n<html lang=en>\n<title>${code}</title>\n<h1>${title}</h1>\n<p>${text}</p>\n`,
    extra,
  );
}

export function createMicroFlask(app: AppId, routes: Route[]): WsgiApp {
  const ev = appEvents(app);
  const table = routes.map((r) => ({ ...r, ...compile(r.rule) }));
  return (environ, startResponse) => {
    ev.enter(environ);
    cpu(0.5, { code: 'work.push_context' });
    ev.step({ code: 'app.context_pushed' });
    const method = str(environ, 'REQUEST_METHOD');
    const path = str(environ, 'PATH_INFO') || '/';
    cpu(0.3, { code: 'work.match_url' });
    const hits = table.map((r) => ({ r, m: r.regex.exec(path) })).filter((h) => h.m);
    const allowed = (r: Route) => [
      ...r.methods,
      ...(r.methods.includes('GET') ? ['HEAD'] : []),
      'OPTIONS',
    ];
    const hit = hits.find((h) => allowed(h.r).includes(method));
    let response: Response;
    if (!hits.length) {
      ev.step({ code: 'app.no_rule', path });
      response = errorPage(
        '404 Not Found',
        'Not Found',
        'The requested URL was not found on the server.',
      );
    } else if (!hit) {
      const allow = [...new Set(hits.flatMap((h) => allowed(h.r)))].sort().join(', ');
      ev.step({ code: 'app.wrong_method', path, rule: hits[0].r.rule, method });
      response = errorPage(
        '405 Method Not Allowed',
        'Method Not Allowed',
        'The method is not allowed for the requested URL.',
        [['Allow', allow]],
      );
    } else if (method === 'OPTIONS') {
      const allow = allowed(hit.r).sort().join(', ');
      ev.step({ code: 'app.options', rule: hit.r.rule });
      response = {
        status: '200 OK',
        headers: [
          ['Content-Type', HTML],
          ['Allow', allow],
        ],
        body: '',
      };
    } else {
      const params = Object.fromEntries(hit.r.names.map((n, i) => [n, decodeParam(hit.m![i + 1])]));
      ev.step({ code: 'app.route', rule: hit.r.rule, endpoint: hit.r.endpoint, params });
      const req: Request = {
        method,
        path,
        args: parseQuery(str(environ, 'QUERY_STRING')),
        params,
        environ,
      };
      try {
        ev.step({ code: 'app.view', endpoint: hit.r.endpoint, params });
        response = hit.r.view(req);
      } catch (e) {
        ev.raise(e);
        // PROPAGATE_EXCEPTIONS is on (debug/testing): re-raised to the WSGI server.
        ev.step({ code: 'app.propagate' });
        ev.step({ code: 'app.teardown', when: 'error' });
        ev.exit();
        throw e;
      }
    }
    // Flask's wsgi_app returns `response(environ, start_response)` and pops the
    // request context in its `finally`: before the server iterates the body.
    // A streamed generator therefore runs without the context (unless wrapped
    // in stream_with_context).
    const body = answer(response, startResponse);
    ev.step({ code: 'app.teardown', when: streamed(response) ? 'before_stream' : 'returned' });
    ev.exit();
    return body;
  };
}

function streamed(res: Response): boolean {
  return !(typeof res.body === 'string' || res.body instanceof Uint8Array);
}

function decodeParam(raw: string): string {
  // PATH_INFO is latin-1 decoded bytes; Werkzeug re-decodes it as UTF-8.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff),
    );
  } catch {
    return raw;
  }
}

/**
 * The response object acting as a WSGI app: start_response, then its body,
 * wrapped so close() reaches a generator (Werkzeug's ClosingIterator).
 */
function answer(res: Response, startResponse: Parameters<WsgiApp>[1]) {
  const nothing = () => {};
  if (typeof res.body === 'string' || res.body instanceof Uint8Array) {
    const bytes = bytesOf(res.body);
    startResponse(res.status, [...res.headers, ['Content-Length', String(bytes.length)]]);
    return closing([bytes], nothing);
  }
  startResponse(res.status, res.headers);
  return closing(res.body, nothing);
}
