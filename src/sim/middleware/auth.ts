import type { MiddlewareSpec } from '../types';
import { underPrefix } from '../http/headers';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import type { WsgiApp } from '../wsgi/types';
import { callBelow, enter, exitEvent, passClose, passUp, respondEvent, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'auth' }>;

/** `Basic dXNlcjpwYXNz` → `['user', 'pass']`, or null when it is not valid Basic credentials. */
export function parseBasic(header: string): [string, string] | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return null;
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** HTTP Basic authentication on some prefixes: 401 without calling the app, or REMOTE_USER set. */
export function auth(spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    const path = str(environ, 'SCRIPT_NAME') + str(environ, 'PATH_INFO');
    const pass = () =>
      passClose(
        layer,
        callBelow(layer, () => inner(environ, passUp(layer, startResponse))),
      );
    if (!spec.protect.some((p) => underPrefix(path, p))) {
      enter(layer, environ, { code: 'auth.open', path });
      return pass();
    }
    const creds = parseBasic(str(environ, 'HTTP_AUTHORIZATION'));
    if (creds && spec.users[creds[0]] === creds[1]) {
      enter(layer, environ, { code: 'auth.ok', user: creds[0] }, () => {
        environ.REMOTE_USER = creds[0];
        environ.AUTH_TYPE = 'Basic';
      });
      return pass();
    }
    const why = creds ? `wrong password for "${creds[0]}"` : 'no (valid) Authorization header';
    enter(layer, environ, { code: 'auth.denied', path, user: creds ? creds[0] : null });
    const body = new TextEncoder().encode(
      `401 Unauthorized\n\n${path} needs a user name and password (HTTP Basic authentication, realm "${spec.realm}"): ${why}.\n`,
    );
    respondEvent(layer, '401 Unauthorized', { code: 'auth.challenge' }, 'answer');
    startResponse('401 Unauthorized', [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
      ['WWW-Authenticate', `Basic realm="${spec.realm}", charset="UTF-8"`],
    ]);
    return closing([body], () => exitEvent(layer, { code: 'close.nothing_below' }));
  };
}
