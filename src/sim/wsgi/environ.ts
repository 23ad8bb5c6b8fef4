import type { ConnectionInfo } from '../steps';
import type { Environ, EnvironChange, EnvironValue, HttpRequest, WsgiConfig } from '../types';
import { latin1, percentDecodeBytes, utf8 } from '../http/bytes';
import { ServerObject, WsgiErrors, WsgiInput } from './streams';
import type { WsgiEnviron } from './types';

/**
 * SERVER_SOFTWARE in the environ. uWSGI's Python plugin sets none (null);
 * wsgiref's is `WSGIServer/0.2`, its Python version is only in the Server header.
 */
export const SERVER_SOFTWARE: Record<WsgiConfig['server'], string | null> = {
  gunicorn: 'gunicorn/23.0.0',
  uwsgi: null,
  mod_wsgi: 'Apache/2.4.62 (Debian) mod_wsgi/5.0.2 Python/3.12',
  wsgiref: 'WSGIServer/0.2',
};

/** The simulated machine's host name. */
const MACHINE = 'web1';

/** The headers a container adds to the app's own: `Server` (null: none) and `Date`. */
export interface AddedHeaders {
  server: string | null;
  date: boolean;
}

/**
 * gunicorn writes `Server: gunicorn` (no version) and `Date`; Apache (mod_wsgi)
 * and wsgiref's handlers add both. uWSGI adds neither: it sends the status
 * line and the app's headers as they are.
 */
export const ADDED_HEADERS: Record<WsgiConfig['server'], AddedHeaders> = {
  gunicorn: { server: 'gunicorn', date: true },
  uwsgi: { server: null, date: false },
  mod_wsgi: { server: 'Apache/2.4.62 (Debian) mod_wsgi/5.0.2 Python/3.12', date: true },
  wsgiref: { server: 'WSGIServer/0.2 CPython/3.12.8', date: true },
};

/** Build the environ exactly as a WSGI server does from an HTTP request. */
export function buildEnviron(
  request: HttpRequest,
  conn: ConnectionInfo,
  server: WsgiConfig['server'],
): WsgiEnviron {
  const url = new URL(request.url);
  const env: WsgiEnviron = {
    REQUEST_METHOD: request.method,
    SCRIPT_NAME: '',
    // Python servers unquote the path to bytes and decode them latin-1 (PEP 3333 "native strings").
    PATH_INFO: latin1(percentDecodeBytes(url.pathname)),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    SERVER_NAME: conn.serverName,
    SERVER_PORT: String(conn.serverPort),
    SERVER_PROTOCOL: conn.protocol ?? 'HTTP/1.1',
    ...(SERVER_SOFTWARE[server] !== null ? { SERVER_SOFTWARE: SERVER_SOFTWARE[server] } : {}),
    REMOTE_ADDR: conn.remoteAddr,
    // Neither uWSGI's http-socket nor wsgiref passes REMOTE_PORT.
    ...(server !== 'uwsgi' && server !== 'wsgiref' ? { REMOTE_PORT: String(conn.remotePort) } : {}),
  };
  for (const [name, value] of [...request.headers, ...(conn.forwardedHeaders ?? [])]) {
    const lower = name.toLowerCase();
    if (lower === 'content-type') env.CONTENT_TYPE = value;
    else if (lower === 'content-length') env.CONTENT_LENGTH = value;
    else {
      const key = `HTTP_${name.toUpperCase().replace(/-/g, '_')}`;
      env[key] = key in env ? `${env[key] as string},${value}` : value;
    }
  }
  if (request.body.length > 0 && env.CONTENT_LENGTH === undefined)
    env.CONTENT_LENGTH = String(request.body.length);
  Object.assign(env, serverSpecific(server, url, env));
  // wsgiref's handler fixes its flags whatever runs it (all False); only
  // CGIHandler says run_once True.
  const wsgiref = server === 'wsgiref';
  Object.assign(env, {
    'wsgi.version': [1, 0],
    'wsgi.url_scheme': conn.urlScheme,
    'wsgi.input': new WsgiInput(request.body),
    'wsgi.errors': new WsgiErrors(),
    'wsgi.multithread': wsgiref ? false : conn.multithread,
    'wsgi.multiprocess': wsgiref ? false : conn.multiprocess,
    'wsgi.run_once': wsgiref ? false : conn.runOnce,
    // Every one of these servers offers the optional file wrapper (mod_wsgi too).
    'wsgi.file_wrapper': new ServerObject('wsgi.file_wrapper'),
  });
  return env;
}

function serverSpecific(server: WsgiConfig['server'], url: URL, env: WsgiEnviron): WsgiEnviron {
  const raw = `${url.pathname}${url.search}`;
  switch (server) {
    case 'gunicorn':
      return {
        RAW_URI: raw,
        'gunicorn.socket': new ServerObject('gunicorn.socket'),
        // The body ends where Content-Length (or the chunked framing) says: reading to EOF is safe.
        'wsgi.input_terminated': true,
      };
    case 'uwsgi':
      // uWSGI's http-socket names the machine (its host name) in SERVER_NAME and
      // uwsgi.node, whatever Host says; its Python plugin hands over bytes there.
      return {
        REQUEST_URI: raw,
        SERVER_NAME: MACHINE,
        'uwsgi.version': utf8('2.0.28'),
        'uwsgi.node': utf8(MACHINE),
      };
    case 'mod_wsgi':
      return {
        REQUEST_URI: raw,
        'mod_wsgi.process_group': 'site',
        'mod_wsgi.application_group': '',
      };
    case 'wsgiref':
      // wsgiref's handler fills in the CGI keys a request did not bring.
      return {
        GATEWAY_INTERFACE: 'CGI/1.1',
        REMOTE_HOST: '',
        CONTENT_TYPE: env.CONTENT_TYPE ?? 'text/plain',
        CONTENT_LENGTH: env.CONTENT_LENGTH ?? '',
      };
  }
}

/** A JSON-friendly copy of the environ (streams and objects described by a string). */
export function snapshotEnviron(env: WsgiEnviron): Environ {
  const out: Environ = {};
  for (const key of Object.keys(env).sort()) {
    const v = env[key];
    if (v === undefined) continue;
    out[key] = snapshotValue(v);
  }
  return out;
}

function snapshotValue(v: unknown): EnvironValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number'))
    return [v[0], v[1]];
  if (v instanceof WsgiInput || v instanceof WsgiErrors || v instanceof ServerObject)
    return v.toString();
  // bytes, as Python's repr shows them.
  if (v instanceof Uint8Array) return `b'${latin1(v).replace(/[\\']/g, '\\$&')}'`;
  return JSON.stringify(v);
}

/** What changed between two snapshots, in key order. */
export function diffEnviron(before: Environ, after: Environ): EnvironChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: EnvironChange[] = [];
  for (const key of keys) {
    const from = before[key];
    const to = after[key];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({
      key,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
  }
  return changes;
}

/** The environ as the echo app prints it: sorted keys, pretty JSON. */
export function environJson(env: WsgiEnviron): string {
  return `${JSON.stringify(snapshotEnviron(env), null, 2)}\n`;
}

export function str(env: WsgiEnviron, key: string, fallback = ''): string {
  const v = env[key];
  return typeof v === 'string' ? v : fallback;
}
