import type { MiddlewareKind, MiddlewareSpec, WsgiConfig } from '../types';
import { appById } from '../apps';
import { auth } from '../middleware/auth';
import { dispatcher } from '../middleware/dispatcher';
import { errors } from '../middleware/errors';
import { gzip } from '../middleware/gzip';
import type { Layer } from '../middleware/layer';
import { profiler } from '../middleware/profiler';
import { proxyfix } from '../middleware/proxyfix';
import { staticFiles } from '../middleware/staticFiles';
import { xslt } from '../middleware/xslt';
import type { WsgiApp } from './types';

/** The Python class each layer stands for, for `wsgi.call` and the UI. */
export const LAYER_NAMES: Record<MiddlewareKind, string> = {
  dispatcher: 'DispatcherMiddleware',
  static: 'SharedDataMiddleware',
  gzip: 'GzipMiddleware',
  xslt: 'XSLTMiddleware',
  proxyfix: 'ProxyFix',
  auth: 'BasicAuthMiddleware',
  profiler: 'ProfilerMiddleware',
  errors: 'ErrorMiddleware',
  python: 'middleware',
};

function wrap(spec: MiddlewareSpec, inner: WsgiApp, layer: Layer): WsgiApp {
  switch (spec.kind) {
    case 'dispatcher':
      return dispatcher(appById)(spec, inner, layer);
    case 'static':
      return staticFiles(spec, inner, layer);
    case 'gzip':
      return gzip(spec, inner, layer);
    case 'xslt':
      return xslt(spec, inner, layer);
    case 'proxyfix':
      return proxyfix(spec, inner, layer);
    case 'auth':
      return auth(spec, inner, layer);
    case 'profiler':
      return profiler(spec, inner, layer);
    case 'errors':
      return errors(spec, inner, layer);
    case 'python':
      // The learner's layers run in CPython: the recorded app replays them with the app.
      return inner;
  }
}

/** Wrap the app in its middleware, innermost first, so `middleware[0]` is what the server calls. */
export function buildStack(config: WsgiConfig, inner: WsgiApp = appById(config.app)): WsgiApp {
  let app = inner;
  for (let i = config.middleware.length - 1; i >= 0; i--) {
    const spec = config.middleware[i];
    app = wrap(spec, app, { kind: spec.kind, index: i, actor: `layer:${spec.kind}` });
  }
  return app;
}

/** `ProxyFix(GzipMiddleware(flask))`: what the server calls, as Python would print it. */
export function stackName(config: WsgiConfig): string {
  const names = config.middleware.map((m) => (m.kind === 'python' ? m.name : LAYER_NAMES[m.kind]));
  const app = config.app === 'python' ? 'app' : config.app;
  return `${names.map((n) => `${n}(`).join('')}${app}${')'.repeat(names.length)}`;
}
