import type { EnterNote, MiddlewareSpec } from '../types';
import type { WsgiApp, WsgiEnviron } from '../wsgi/types';
import { callBelow, enter, passClose, passUp, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'proxyfix' }>;

/** The value `trusted` hops from the right of a comma list, when there are that many. */
export function trustedValue(trusted: number, header: unknown): string | null {
  if (!trusted || typeof header !== 'string') return null;
  const values = header.split(',').map((v) => v.trim());
  return values.length >= trusted ? values[values.length - trusted] : null;
}

/** Werkzeug's ProxyFix: believe X-Forwarded-* set by the N proxies you trust. */
export function proxyfix(spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    const used: string[] = [];
    // Originals are kept under werkzeug.proxy_fix.orig.
    const note = (): EnterNote =>
      used.length ? { code: 'proxyfix.trusted', headers: used } : { code: 'proxyfix.none' };
    enter(layer, environ, note, () => apply(spec, environ, used));
    const result = callBelow(layer, () => inner(environ, passUp(layer, startResponse)));
    return passClose(layer, result);
  };
}

function apply(spec: Spec, env: WsgiEnviron, used: string[]): void {
  env['werkzeug.proxy_fix.orig'] = {
    REMOTE_ADDR: env.REMOTE_ADDR,
    'wsgi.url_scheme': env['wsgi.url_scheme'],
    HTTP_HOST: env.HTTP_HOST,
    SERVER_NAME: env.SERVER_NAME,
    SERVER_PORT: env.SERVER_PORT,
    SCRIPT_NAME: env.SCRIPT_NAME,
  };
  const xFor = trustedValue(spec.xFor, env.HTTP_X_FORWARDED_FOR);
  if (xFor) {
    env.REMOTE_ADDR = xFor;
    used.push('X-Forwarded-For');
  }
  const xProto = trustedValue(spec.xProto, env.HTTP_X_FORWARDED_PROTO);
  if (xProto) {
    env['wsgi.url_scheme'] = xProto;
    used.push('X-Forwarded-Proto');
  }
  const xHost = trustedValue(spec.xHost, env.HTTP_X_FORWARDED_HOST);
  if (xHost) {
    env.HTTP_HOST = xHost;
    const [name, port] = xHost.split(':');
    env.SERVER_NAME = name;
    if (port) env.SERVER_PORT = port;
    used.push('X-Forwarded-Host');
  }
  const xPrefix = trustedValue(spec.xPrefix, env.HTTP_X_FORWARDED_PREFIX);
  if (xPrefix) {
    env.SCRIPT_NAME = xPrefix;
    used.push('X-Forwarded-Prefix');
  }
}
