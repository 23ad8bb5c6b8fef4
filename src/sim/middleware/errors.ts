import type { HeaderList, MiddlewareSpec } from '../types';
import { utf8 } from '../http/bytes';
import { describeError } from '../wsgi/errors';
import type { StartResponse, WsgiApp, WsgiIterable } from '../wsgi/types';
import { enter, passClose, passUp, respondEvent, exitEvent, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'errors' }>;

/**
 * Catch what the app raises and answer 500 via start_response(..., exc_info).
 * Before headers are sent the server lets the 500 replace them; after, the
 * server's start_response re-raises, exactly as PEP 3333 prescribes.
 */
export function errors(_spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    enter(layer, environ, { code: 'errors.guard' });
    const up = passUp(layer, startResponse);
    let result: WsgiIterable;
    try {
      result = inner(environ, up);
    } catch (e) {
      const page = errorPage(layer, startResponse, e, 'call');
      return {
        [Symbol.iterator]: () => page[Symbol.iterator](),
        close: () => exitEvent(layer, { code: 'errors.page_sent' }),
      };
    }
    function* guarded(): Generator<Uint8Array> {
      const it = result[Symbol.iterator]();
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = it.next();
        } catch (e) {
          yield* errorPage(layer, startResponse, e, 'iterate');
          return;
        }
        if (next.done) return;
        yield next.value;
      }
    }
    return passClose(layer, { [Symbol.iterator]: guarded, close: () => result.close?.() });
  };
}

function errorPage(
  layer: Layer,
  startResponse: StartResponse,
  e: unknown,
  phase: string,
): Uint8Array[] {
  const what = describeError(e);
  const body = utf8(
    `500 Internal Server Error\n\nThe application raised ${what} (while ${phase === 'call' ? 'being called' : 'producing its body'}). ` +
      'The error middleware caught it and answered with this page via start_response(..., exc_info).\n',
  );
  const headers: HeaderList = [
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Length', String(body.length)],
  ];
  respondEvent(
    layer,
    '500 Internal Server Error',
    { code: 'errors.caught', exception: what },
    'answer',
  );
  // Re-raises if the server has already sent headers: then nothing can be fixed.
  startResponse('500 Internal Server Error', headers, e);
  return [body];
}
