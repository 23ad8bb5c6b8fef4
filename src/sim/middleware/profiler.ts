import type { MiddlewareSpec } from '../types';
import { setHeader } from '../http/headers';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { costSince, mark } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { runBuffered } from './buffering';
import { enter, exitEvent, respondEvent, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'profiler' }>;

/** Round to 0.1 ms so the header is stable and readable. */
const round = (ms: number) => Math.round(ms * 10) / 10;
const fmt = (ms: number) => String(round(ms));

/**
 * Werkzeug's ProfilerMiddleware: run the app (and its whole body) under a
 * profiler, buffer the response, report the time. Here "time" is the
 * virtual cost the app recorded, so it is deterministic.
 */
export function profiler(_spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    const path = str(environ, 'SCRIPT_NAME') + str(environ, 'PATH_INFO');
    enter(layer, environ, { code: 'profiler.start' });
    const from = mark();
    const res = runBuffered(layer, inner, environ);
    const cost = costSince(from);
    const total = cost.cpu + cost.io;
    const headers = setHeader(res.headers, 'X-Profile-Ms', fmt(total));
    respondEvent(
      layer,
      res.status,
      {
        code: 'profiler.result',
        method: str(environ, 'REQUEST_METHOD'),
        path,
        total: round(total),
        cpu: round(cost.cpu),
        io: round(cost.io),
      },
      'rewrite',
    );
    startResponse(res.status, headers, res.excInfo ?? undefined);
    return closing([res.body], () => exitEvent(layer, { code: 'close.buffered' }));
  };
}
