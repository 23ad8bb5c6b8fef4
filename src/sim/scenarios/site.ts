/** The default site (nginx in front of gunicorn, echo app) and helpers to derive scene sites. */
import type {
  DispatchConfig,
  ListenerConfig,
  SiteConfig,
  StaticFile,
  WebServerConfig,
  WsgiConfig,
} from '../types';

/** 2026-01-01T00:00:00Z: a fixed virtual mtime for the docroot. */
const MTIME = 1767225600000;

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<circle cx="32" cy="32" r="28" fill="#3776ab"/><text x="32" y="40" font-size="22" text-anchor="middle" fill="#ffd43b">py</text></svg>\n';

export const docroot: Record<string, StaticFile> = {
  '/index.html': {
    contentType: 'text/html',
    mtime: MTIME,
    body:
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>demo.test</title>' +
      '<link rel="stylesheet" href="/style.css"></head>\n<body><img src="/logo.svg" alt="logo">' +
      '<h1>Hello from the web server</h1>\n<p>This page came from the document root; no Python ran.</p></body>\n</html>\n',
  },
  '/style.css': {
    contentType: 'text/css',
    mtime: MTIME,
    body: 'body { font-family: sans-serif; margin: 2rem; }\nh1 { color: #3776ab; }\n',
  },
  '/logo.svg': { contentType: 'image/svg+xml', mtime: MTIME, body: LOGO },
  '/static/app.js': {
    // nginx's mime.types maps .js to application/javascript.
    contentType: 'application/javascript',
    mtime: MTIME,
    body: "console.log('static file served by the web server');\n",
  },
};

export const nginx: WebServerConfig = {
  name: 'nginx',
  docroot,
  // /favicon.ico is handled by the web server but is not in the docroot: a 404 without Python.
  staticPrefixes: ['/index.html', '/style.css', '/logo.svg', '/static/', '/favicon.ico'],
  limits: { maxBodyBytes: 1024 * 1024, maxUriBytes: 8 * 1024, maxHeaderBytes: 8 * 1024 },
  mode: 'proxy',
  buffering: true,
  upstreamTimeoutMs: 60_000,
  connectTimeoutMs: 60_000,
};

/** gunicorn's defaults, but 2 sync workers (a small demo machine). */
export const gunicornPrefork: DispatchConfig = {
  model: 'prefork',
  processes: 2,
  threads: 1,
  maxRequests: 0,
  timeoutMs: 30_000,
  connectionsPerWorker: 1000,
};

export const echoWsgi: WsgiConfig = { server: 'gunicorn', middleware: [], app: 'echo' };

/**
 * The listen() backlog of whichever server owns the listening socket, as it
 * ships: behind a proxy that is the WSGI server; in embedded mode the web
 * server the client talks to.
 */
function backlogOf(name: string): number | undefined {
  const n = name.toLowerCase();
  if (n.includes('uwsgi')) return 100; // uWSGI --listen
  if (n.includes('gunicorn')) return 2048; // gunicorn --backlog
  if (n.includes('apache') || n.includes('mod_wsgi')) return 511; // Apache ListenBacklog
  if (n.includes('wsgiref')) return 5; // socketserver.TCPServer.request_queue_size
  return undefined;
}

/**
 * The listening socket a site gets unless it sets one: behind a proxy, the
 * WSGI server's socket on 127.0.0.1:8000; embedded, the socket the client
 * itself reaches at https://demo.test, so port 443.
 */
export function defaultListener(
  web: Pick<WebServerConfig, 'name' | 'mode'>,
  wsgi: Pick<WsgiConfig, 'server'>,
): ListenerConfig {
  if (web.mode === 'embedded')
    return { port: 443, backlog: backlogOf(web.name) ?? backlogOf(wsgi.server) ?? 511 };
  return { port: 8000, backlog: backlogOf(wsgi.server) ?? 2048 };
}

export const defaultSite: SiteConfig = {
  cores: 2,
  listener: defaultListener(nginx, echoWsgi),
  dispatch: gunicornPrefork,
  web: nginx,
  wsgi: echoWsgi,
};

export interface SiteChanges {
  cores?: number;
  listener?: Partial<SiteConfig['listener']>;
  dispatch?: Partial<DispatchConfig>;
  web?: Partial<WebServerConfig>;
  wsgi?: Partial<WsgiConfig>;
}

/**
 * A copy of `base` with some fields changed. The listener's port and backlog
 * follow the servers (see `defaultListener`) unless `changes` or `base` set
 * them to something else.
 */
export function siteWith(changes: SiteChanges, base: SiteConfig = defaultSite): SiteConfig {
  const web = { ...base.web, ...changes.web };
  const wsgi = { ...base.wsgi, ...changes.wsgi };
  const wasDefault = defaultListener(base.web, base.wsgi);
  const now = defaultListener(web, wsgi);
  const listener: ListenerConfig = {
    port:
      changes.listener?.port ??
      (base.listener.port === wasDefault.port ? now.port : base.listener.port),
    backlog:
      changes.listener?.backlog ??
      (base.listener.backlog === wasDefault.backlog ? now.backlog : base.listener.backlog),
  };
  return {
    cores: changes.cores ?? base.cores,
    listener,
    dispatch: { ...base.dispatch, ...changes.dispatch },
    web,
    wsgi,
  };
}
