import type { HeaderList, MiddlewareSpec, RespondNote } from '../types';
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
      enter(layer, environ, { code: 'static.miss', path, prefix: `${prefix}/` });
      return passClose(
        layer,
        callBelow(layer, () => inner(environ, passUp(layer, startResponse))),
      );
    }
    enter(layer, environ, { code: 'static.hit', path });
    const method = str(environ, 'REQUEST_METHOD');
    const body = fileBytes(file);
    const mtimeSec = Math.floor(file.mtime / 1000);
    const etag = `"wzsdm-${mtimeSec}-${body.length}-${adler32(path)}"`;
    const finish = (
      status: string,
      headers: HeaderList,
      payload: Uint8Array,
      note: RespondNote,
    ) => {
      respondEvent(layer, status, note, 'answer');
      startResponse(status, headers);
      return closing(payload.length ? [payload] : [], () =>
        exitEvent(layer, { code: 'static.served' }),
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
        { code: 'static.405', method },
      );
    }
    cpu(0.2, { code: 'work.stat_file' });
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
      return finish('304 Not Modified', validators, new Uint8Array(0), { code: 'static.304' });
    }
    io(0.5, { code: 'work.read_file' }, { blocking: true });
    return finish(
      '200 OK',
      [['Content-Type', file.contentType], ['Content-Length', String(body.length)], ...validators],
      body,
      { code: 'static.200', bytes: body.length },
    );
  };
}
