import type { HttpRequest, HttpResponse, StaticFile } from '../types';
import { utf8 } from './bytes';
import { SIM_EPOCH_MS, httpDate, parseHttpDate } from './date';
import { etagMatches, getHeader } from './headers';

export function fileBytes(file: StaticFile): Uint8Array {
  if (!file.base64) return utf8(file.body);
  const raw = atob(file.body);
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/** nginx's ETag: hex seconds of mtime, dash, hex size (`"6779a1b0-2c"`). */
export function staticEtag(file: StaticFile, size: number): string {
  return `"${Math.floor(file.mtime / 1000).toString(16)}-${size.toString(16)}"`;
}

/**
 * Is the client's cached copy still fresh (If-None-Match first, then
 * If-Modified-Since)? nginx's default `if_modified_since exact`: only the
 * file's own date is a 304, a later one is not.
 */
export function notModified(request: HttpRequest, etag: string, mtime: number): boolean {
  return isFresh(
    getHeader(request.headers, 'If-None-Match'),
    getHeader(request.headers, 'If-Modified-Since'),
    etag,
    mtime,
    true,
  );
}

/** `exact`: If-Modified-Since must equal the mtime (nginx); otherwise any later date will do (Werkzeug). */
export function isFresh(
  inm: string | undefined,
  ims: string | undefined,
  etag: string,
  mtime: number,
  exact = false,
): boolean {
  if (inm !== undefined) return etagMatches(inm, etag);
  if (ims === undefined) return false;
  const since = parseHttpDate(ims);
  if (Number.isNaN(since)) return false;
  const [m, s] = [Math.floor(mtime / 1000), Math.floor(since / 1000)];
  return exact ? m === s : m <= s;
}

/** Answer a GET/HEAD for a file in the docroot: 200 with validators, or 304. */
export function serveFile(server: string, request: HttpRequest, file: StaticFile): HttpResponse {
  const body = fileBytes(file);
  const etag = staticEtag(file, body.length);
  // nginx answers a keep-alive (HTTP/1.1) client with `Connection: keep-alive`, before the ETag.
  const connection: [string, string][] = server.startsWith('nginx')
    ? [['Connection', 'keep-alive']]
    : [];
  const common: [string, string][] = [
    ['Server', server],
    ['Date', httpDate(SIM_EPOCH_MS)],
    ['Last-Modified', httpDate(file.mtime)],
    ...connection,
    ['ETag', etag],
  ];
  if (notModified(request, etag, file.mtime)) {
    return { status: 304, reason: 'Not Modified', headers: common, body: new Uint8Array(0) };
  }
  return {
    status: 200,
    reason: 'OK',
    headers: [
      ...common.slice(0, 2),
      ['Content-Type', file.contentType],
      ['Content-Length', String(body.length)],
      ...common.slice(2),
      ['Accept-Ranges', 'bytes'],
    ],
    body: request.method === 'HEAD' ? new Uint8Array(0) : body,
  };
}
