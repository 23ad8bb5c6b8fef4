import { gzipSync } from 'fflate';
import type { MiddlewareSpec, RespondNote } from '../types';
import { getHeader, setHeader, withoutHeader } from '../http/headers';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { cpu } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { runBuffered } from './buffering';
import { callBelow, enter, exitEvent, passClose, passUp, respondEvent, type Layer } from './layer';

type Spec = Extract<MiddlewareSpec, { kind: 'gzip' }>;

/** Deterministic gzip: mtime 0 in the header ("no time stamp available", RFC 1952). */
export function gzipBytes(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 6, mtime: 0 });
}

/** Paste's GzipMiddleware: buffer the whole body, compress it when the client and the type allow. */
export function gzip(spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  return (environ, startResponse) => {
    if (!/\bgzip\b/i.test(str(environ, 'HTTP_ACCEPT_ENCODING'))) {
      enter(layer, environ, { code: 'gzip.not_accepted' });
      return passClose(
        layer,
        callBelow(layer, () => inner(environ, passUp(layer, startResponse))),
      );
    }
    enter(layer, environ, { code: 'gzip.accepted' });
    const res = runBuffered(layer, inner, environ);
    const type = getHeader(res.headers, 'Content-Type') ?? '';
    const code = Number(res.status.slice(0, 3));
    const min = spec.minBytes ?? 0;
    const skip: RespondNote | null = getHeader(res.headers, 'Content-Encoding')
      ? { code: 'gzip.encoded' }
      : !/^(text|application)\//i.test(type)
        ? { code: 'gzip.type', type }
        : code === 204 || code === 304
          ? { code: 'gzip.no_body' }
          : res.body.length < min
            ? { code: 'gzip.small', bytes: res.body.length, min }
            : null;
    let body = res.body;
    let headers = res.headers;
    let note: RespondNote;
    if (skip) {
      note = skip;
    } else {
      cpu(0.5 + res.body.length / 100_000, { code: 'work.gzip' });
      body = gzipBytes(res.body);
      // Paste adds no Vary: a shared cache could hand the gzipped body to a client that cannot read it.
      headers = withoutHeader(headers, 'Content-Length');
      headers = setHeader(headers, 'Content-Encoding', 'gzip');
      headers = [...headers, ['Content-Length', String(body.length)]];
      // New Content-Length and Content-Encoding: gzip; Paste adds no Vary.
      note = { code: 'gzip.compressed', from: res.body.length, to: body.length };
    }
    respondEvent(layer, res.status, note, 'rewrite');
    startResponse(res.status, headers, res.excInfo ?? undefined);
    return closing([body], () => exitEvent(layer, { code: 'close.buffered' }));
  };
}
