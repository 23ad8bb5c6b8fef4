import type { AppId, EnterNote, MiddlewareSpec } from '../types';
import { str } from '../wsgi/environ';
import type { WsgiApp } from '../wsgi/types';
import { callBelow, enter, passClose, passUp, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'dispatcher' }>;

/**
 * Werkzeug's DispatcherMiddleware: find the longest mount that matches whole
 * leading segments of PATH_INFO by chopping one segment off the end at a time.
 * Returns the mount and the rest; no match → ('', whole path).
 */
export function matchMount(
  pathInfo: string,
  mounts: Iterable<string>,
): { script: string; rest: string } | null {
  const known = new Set(mounts);
  let script = pathInfo;
  let rest = '';
  while (script.includes('/')) {
    if (known.has(script)) return { script, rest };
    const cut = script.lastIndexOf('/');
    rest = `/${script.slice(cut + 1)}${rest}`;
    script = script.slice(0, cut);
  }
  return known.has(script) ? { script, rest } : null;
}

export function dispatcher(
  apps: (id: AppId) => WsgiApp,
): (spec: Spec, inner: WsgiApp, layer: Layer) => WsgiApp {
  return (spec, inner, layer) => (environ, startResponse) => {
    const path = str(environ, 'PATH_INFO');
    const hit = matchMount(path, Object.keys(spec.mounts));
    const target = hit ? apps(spec.mounts[hit.script]) : inner;
    // A hit moves the mount from PATH_INFO to SCRIPT_NAME; a miss (on whole segments) goes to the default app.
    const note: EnterNote = hit
      ? { code: 'mount.hit', path, mount: hit.script, app: spec.mounts[hit.script] }
      : { code: 'mount.miss', path, mounts: Object.keys(spec.mounts) };
    enter(layer, environ, note, () => {
      if (!hit) return;
      environ.SCRIPT_NAME = str(environ, 'SCRIPT_NAME') + hit.script;
      environ.PATH_INFO = hit.rest;
    });
    const result = callBelow(layer, () => target(environ, passUp(layer, startResponse)));
    return passClose(layer, result);
  };
}
