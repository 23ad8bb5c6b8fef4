/**
 * A Django-like app: WSGIHandler builds a request from environ, runs the
 * framework's own middleware (not WSGI middleware: it wraps request and
 * response objects inside the app), resolves the URL, calls the view, and
 * returns a response whose close() fires request_finished.
 */
import type { HeaderList } from '../types';
import { environJson, str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { cpu, io } from '../wsgi/run';
import type { WsgiApp, WsgiEnviron } from '../wsgi/types';
import { appEvents, bytesOf, escapeHtml, HTML, JSON_TYPE } from './base';

const ev = appEvents('django');
const MIDDLEWARE = [
  'django.middleware.security.SecurityMiddleware',
  'django.contrib.sessions.middleware.SessionMiddleware',
  'django.middleware.common.CommonMiddleware',
];
const short = (mw: string) => mw.split('.').pop()!;

interface Page {
  status: string;
  contentType: string;
  body: string;
  headers?: HeaderList;
}

interface UrlPattern {
  route: string;
  regex: RegExp;
  view: (environ: WsgiEnviron, args: string[]) => Page;
}

function render(template: string, content: string): string {
  cpu(2, { code: 'work.render', template });
  ev.step({ code: 'app.template', call: 'render', template });
  return `<!doctype html>\n<html lang="en"><head><title>Django demo</title></head>\n<body>\n${content}\n</body></html>\n`;
}

const URLS: UrlPattern[] = [
  {
    route: '',
    regex: /^$/,
    view: () => ({
      status: '200 OK',
      contentType: HTML,
      body: render('home.html', '<h1>Django demo</h1>\n<p>See /articles/1/ and /environ/.</p>'),
    }),
  },
  {
    route: 'articles/<int:id>/',
    regex: /^articles\/([0-9]+)\/$/,
    view: (_env, [id]) => {
      io(3, { code: 'work.db_query', sql: 'SELECT … FROM articles WHERE id = %s' });
      return {
        status: '200 OK',
        contentType: HTML,
        body: render(
          'article.html',
          `<h1>Article ${escapeHtml(id)}</h1>\n<p>Loaded from the database.</p>`,
        ),
      };
    },
  },
  {
    route: 'environ/',
    regex: /^environ\/$/,
    view: (env) => ({ status: '200 OK', contentType: JSON_TYPE, body: environJson(env) }),
  },
];

const NOT_FOUND =
  '<!doctype html>\n<html lang="en"><head><title>Not Found</title></head>\n<body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>\n';

function resolve(environ: WsgiEnviron): Page {
  const pathInfo = str(environ, 'PATH_INFO') || '/';
  const path = pathInfo.replace(/^\//, '');
  cpu(0.5, { code: 'work.resolve_url' });
  for (const url of URLS) {
    const m = url.regex.exec(path);
    if (!m) continue;
    ev.step({ code: 'app.resolve', route: url.route, path: pathInfo, args: m.slice(1) });
    return url.view(environ, m.slice(1));
  }
  if (!path.endsWith('/') && URLS.some((u) => u.regex.test(`${path}/`))) {
    const location = `${str(environ, 'SCRIPT_NAME')}${pathInfo}/`;
    ev.step({ code: 'app.append_slash', path: pathInfo });
    return {
      status: '301 Moved Permanently',
      contentType: HTML,
      body: '',
      headers: [['Location', location]],
    };
  }
  ev.step({ code: 'app.no_pattern', path: pathInfo });
  return { status: '404 Not Found', contentType: HTML, body: NOT_FOUND };
}

export function createDjango(): WsgiApp {
  return (environ, startResponse) => {
    ev.enter(environ);
    // WSGIHandler.__call__ sends request_started before it builds the request object.
    ev.step({ code: 'app.signal', signal: 'request_started' });
    cpu(0.8, { code: 'work.build_request' });
    ev.step({
      code: 'app.django_request',
      method: str(environ, 'REQUEST_METHOD'),
      path: `${str(environ, 'SCRIPT_NAME')}${str(environ, 'PATH_INFO')}`,
    });
    for (const mw of MIDDLEWARE) {
      cpu(0.2, { code: 'work.django_middleware', name: short(mw) });
      ev.step({ code: 'app.django_middleware', name: short(mw), phase: 'request' });
    }
    const page = resolve(environ);
    const body = bytesOf(page.body);
    const headers: HeaderList = [['Content-Type', page.contentType], ...(page.headers ?? [])];
    for (const mw of [...MIDDLEWARE].reverse()) {
      cpu(0.1, { code: 'work.django_middleware', name: short(mw) });
      if (mw.endsWith('CommonMiddleware')) headers.push(['Content-Length', String(body.length)]);
      if (mw.endsWith('SecurityMiddleware')) {
        headers.push(
          ['X-Content-Type-Options', 'nosniff'],
          ['Referrer-Policy', 'same-origin'],
          ['Cross-Origin-Opener-Policy', 'same-origin'],
        );
      }
      ev.step({ code: 'app.django_middleware', name: short(mw), phase: 'response' });
    }
    startResponse(page.status, headers);
    return closing([body], () => {
      ev.step({ code: 'app.signal', signal: 'request_finished' });
      ev.exit();
    });
  };
}
