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
 * Werkzeug's SharedDataMiddleware: paths under the prefix that exist in the
 * exported folder are answered here, whatever the method (it has no method
 * check: a POST gets the file); everything else goes to the app.
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
    const body = fileBytes(file);
    // Werkzeug: f"wzsdm-{mtime.timestamp()}-{size}-{adler32(file name)}", the time as a Python float.
    const seconds = file.mtime / 1000;
    const stamp = Number.isInteger(seconds) ? `${seconds}.0` : String(seconds);
    const etag = `"wzsdm-${stamp}-${body.length}-${adler32(path)}"`;
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
    cpu(0.2, { code: 'work.stat_file' });
    const validators: HeaderList = [
      ['Date', httpDate(SIM_EPOCH_MS)],
      ['Cache-Control', `max-age=${CACHE_SECONDS}, public`],
      ['Expires', httpDate(SIM_EPOCH_MS + CACHE_SECONDS * 1000)],
      ['ETag', etag],
      ['Last-Modified', httpDate(file.mtime)],
    ];
    // Werkzeug's 304 keeps only Date, ETag and Cache-Control.
    const notModified = validators.filter(([k]) => k !== 'Expires' && k !== 'Last-Modified');
    const inm =
      typeof environ.HTTP_IF_NONE_MATCH === 'string' ? environ.HTTP_IF_NONE_MATCH : undefined;
    const ims =
      typeof environ.HTTP_IF_MODIFIED_SINCE === 'string'
        ? environ.HTTP_IF_MODIFIED_SINCE
        : undefined;
    if (isFresh(inm, ims, etag, file.mtime)) {
      return finish('304 Not Modified', notModified, new Uint8Array(0), { code: 'static.304' });
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
