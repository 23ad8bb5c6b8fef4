import type { HeaderList, MiddlewareSpec } from '../types';
import { SIM_EPOCH_MS, httpDate } from '../http/date';
import { fileBytes, isFresh } from '../http/staticFile';
import { underPrefix } from '../http/headers';
import { str } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { cpu, io } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { callBelow, enter, exitEvent, passClose, passUp, respondEvent, type Layer } from './layer';
import { SHARED_FILES, adler32 } from './sharedFiles';

type Spec = Extract<MiddlewareSpec, { kind: 'static' }>;

const CACHE_SECONDS = 12 * 60 * 60;

/**
 * Werkzeug's SharedDataMiddleware (with WhiteNoise's 405): paths under the
 * prefix that exist in the exported folder are answered here; everything
 * else goes to the app.
 */
export function staticFiles(spec: Spec, inner: WsgiApp, layer: Layer): WsgiApp {
  const prefix = spec.prefix.replace(/\/+$/, '');
  return (environ, startResponse) => {
    const path = str(environ, 'PATH_INFO');
    const file = underPrefix(path, prefix) ? SHARED_FILES[path.slice(prefix.length)] : undefined;
    if (!file) {
      enter(
        layer,
        environ,
        `${path} is not a file in the exported folder ${prefix}/: passed to the app`,
      );
      return passClose(
        layer,
        callBelow(layer, () => inner(environ, passUp(layer, startResponse))),
      );
    }
    enter(
      layer,
      environ,
      `${path} is in the exported folder: answered here, the app is never called`,
    );
    const method = str(environ, 'REQUEST_METHOD');
    const body = fileBytes(file);
    const mtimeSec = Math.floor(file.mtime / 1000);
    const etag = `"wzsdm-${mtimeSec}-${body.length}-${adler32(path)}"`;
    const finish = (status: string, headers: HeaderList, payload: Uint8Array, note: string) => {
      respondEvent(layer, status, note, 'answer');
      startResponse(status, headers);
      return closing(payload.length ? [payload] : [], () =>
        exitEvent(layer, 'served a file; close() had nothing below to pass to'),
      );
    };
    if (method !== 'GET' && method !== 'HEAD') {
      const text = new TextEncoder().encode(
        `405 Method Not Allowed\n\n${path} is a static file: only GET and HEAD make sense.\n`,
      );
      return finish(
        '405 Method Not Allowed',
        [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['Content-Length', String(text.length)],
          ['Allow', 'GET, HEAD'],
        ],
        text,
        `${method} on a static file: 405 (as WhiteNoise does)`,
      );
    }
    cpu(0.2, 'stat() the file');
    const validators: HeaderList = [
      ['Date', httpDate(SIM_EPOCH_MS)],
      ['Cache-Control', `max-age=${CACHE_SECONDS}, public`],
      ['Expires', httpDate(SIM_EPOCH_MS + CACHE_SECONDS * 1000)],
      ['ETag', etag],
      ['Last-Modified', httpDate(file.mtime)],
    ];
    const inm =
      typeof environ.HTTP_IF_NONE_MATCH === 'string' ? environ.HTTP_IF_NONE_MATCH : undefined;
    const ims =
      typeof environ.HTTP_IF_MODIFIED_SINCE === 'string'
        ? environ.HTTP_IF_MODIFIED_SINCE
        : undefined;
    if (isFresh(inm, ims, etag, file.mtime)) {
      return finish(
        '304 Not Modified',
        validators,
        new Uint8Array(0),
        "the client's copy is current: 304, no body",
      );
    }
    io(0.5, 'read the file', { blocking: true });
    return finish(
      '200 OK',
      [['Content-Type', file.contentType], ['Content-Length', String(body.length)], ...validators],
      body,
      `200 with ${body.length} bytes, ETag and Cache-Control`,
    );
  };
}
