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

/** Is the client's cached copy still fresh (If-None-Match first, then If-Modified-Since)? */
export function notModified(request: HttpRequest, etag: string, mtime: number): boolean {
  return isFresh(
    getHeader(request.headers, 'If-None-Match'),
    getHeader(request.headers, 'If-Modified-Since'),
    etag,
    mtime,
  );
}

export function isFresh(
  inm: string | undefined,
  ims: string | undefined,
  etag: string,
  mtime: number,
): boolean {
  if (inm !== undefined) return etagMatches(inm, etag);
  if (ims === undefined) return false;
  const since = parseHttpDate(ims);
  return !Number.isNaN(since) && Math.floor(mtime / 1000) <= Math.floor(since / 1000);
}

/** Answer a GET/HEAD for a file in the docroot: 200 with validators, or 304. */
export function serveFile(server: string, request: HttpRequest, file: StaticFile): HttpResponse {
  const body = fileBytes(file);
  const etag = staticEtag(file, body.length);
  const common: [string, string][] = [
    ['Server', server],
    ['Date', httpDate(SIM_EPOCH_MS)],
    ['Last-Modified', httpDate(file.mtime)],
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
