import type { FrontDoor, Step } from '../steps';
import type { HttpRequest, HttpResponse, ParseNote, RejectNote, WebServerConfig } from '../types';
import { byteLength, percentDecodeBytes, fromUtf8 } from './bytes';
import { getHeader, underPrefix } from './headers';
import {
  droppedByNginx,
  headerBufferProblem,
  headerProblem,
  isProblem,
  parseRequest,
} from './parse';
import { errorPage, type ErrorPageOptions } from './errorPage';
import { webServerToken } from './reply';
import { serveFile, staticEtag, fileBytes } from './staticFile';

/**
 * The web server's front door for one request (nginx-like): parse, enforce the
 * limits (for every request, static or dynamic), answer static files itself,
 * and hand everything else on as dynamic.
 */
export const frontDoor: FrontDoor = (web, request, actor) => {
  const steps: Step[] = [];
  const server = webServerToken(web.name);
  const parsed = parseRequest(request);
  const requestLine = isProblem(parsed)
    ? `${request.method} ${request.url} HTTP/1.1`
    : parsed.requestLine;
  const declared = Number(getHeader(request.headers, 'Content-Length') ?? 0);
  const hasBody = request.body.length > 0 || declared > 0;
  // A body on GET/HEAD is allowed but has no defined meaning: the server reads it and passes it on.
  const isNginx = web.name.toLowerCase().includes('nginx');
  const dropped = isNginx ? request.headers.filter(([n]) => droppedByNginx(n)).map(([n]) => n) : [];
  const note: ParseNote | undefined =
    hasBody && (request.method === 'GET' || request.method === 'HEAD')
      ? { code: 'parse.get_body', method: request.method }
      : dropped.length > 0
        ? { code: 'parse.dropped_headers', names: dropped }
        : undefined;
  steps.push({
    kind: 'event',
    payload: {
      type: 'http.parse',
      actor,
      requestLine: requestLine.length > 200 ? `${requestLine.slice(0, 200)}…` : requestLine,
      headerBytes: isProblem(parsed) ? 0 : parsed.headerBytes,
      ...(note ? { note } : {}),
    },
  });
  const host = isProblem(parsed) ? undefined : pageHost(parsed.url);
  // The page is the server's own built-in one; why, for the learner, goes in the trace event.
  const reject = (status: number, note: RejectNote, opts: ErrorPageOptions = {}) => {
    const response = errorPage(server, status, { ...opts, host, head: request.method === 'HEAD' });
    steps.push({
      kind: 'event',
      payload: { type: 'http.reject', actor, status, reason: response.reason, note },
    });
    return { kind: 'respond' as const, steps, response };
  };

  if (isProblem(parsed)) return reject(parsed.status, parsed.note);
  const { limits } = web;
  // The request line and its CRLF must fit in one header buffer.
  const lineBytes = byteLength(parsed.requestLine);
  if (lineBytes + 2 > limits.maxUriBytes) {
    return reject(414, {
      code: 'reject.uri_too_long',
      bytes: lineBytes + 2,
      max: limits.maxUriBytes,
    });
  }
  const badHeader = headerProblem(request, isNginx);
  if (badHeader) return reject(400, badHeader);
  const tooLarge = headerBufferProblem(parsed.requestLine, request, limits.maxHeaderBytes);
  // nginx answers 400 with its page "Request Header Or Cookie Too Large" (RFC 6585's 431 exists, but nginx does not use it).
  if (tooLarge === 'four') {
    return reject(
      400,
      { code: 'reject.header_buffers', buffers: 4, max: limits.maxHeaderBytes },
      { headerTooLarge: true },
    );
  }
  if (tooLarge) {
    return reject(
      400,
      { code: 'reject.header_line', bytes: tooLarge.bytes, max: limits.maxHeaderBytes },
      { headerTooLarge: true },
    );
  }
  const bodyBytes = Math.max(request.body.length, Number.isFinite(declared) ? declared : 0);
  if (bodyBytes > limits.maxBodyBytes) {
    return reject(413, {
      code: 'reject.body_too_large',
      bytes: bodyBytes,
      max: limits.maxBodyBytes,
    });
  }

  const path = fromUtf8(percentDecodeBytes(parsed.url.pathname));
  if (!web.staticPrefixes.some((p) => underPrefix(path, p))) return { kind: 'dynamic', steps };
  return {
    kind: 'respond',
    steps,
    response: answerStatic(web, request, path, server, steps, actor, host),
  };
};

function answerStatic(
  web: WebServerConfig,
  request: HttpRequest,
  path: string,
  server: string,
  steps: Step[],
  actor: string,
  host: string | undefined,
): HttpResponse {
  const head = request.method === 'HEAD';
  const record = (status: number, contentType: string, bytes: number, etag: string) =>
    steps.push({
      kind: 'event',
      payload: { type: 'web.static', actor, path, status, contentType, bytes, etag },
    });
  const refuse = (status: number, etag = '', opts: ErrorPageOptions = {}) => {
    const response = errorPage(server, status, { head, host, ...opts });
    record(status, contentTypeOf(response), response.body.length, etag);
    return response;
  };
  // nginx's static module checks the method before it looks for the file
  // (a PUT to a missing file is 405); its 405 carries no Allow header.
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return refuse(405);
  const dir = path.endsWith('/') ? path : `${path}/`;
  const isDir = Object.keys(web.docroot).some((p) => p.startsWith(dir));
  const file =
    web.docroot[path] ?? (isDir && path === dir ? web.docroot[`${dir}index.html`] : undefined);
  if (!file && isDir) {
    // A directory without its slash: a redirect to the slashed URL. With it: no index file, no autoindex.
    if (path !== dir) {
      const url = new URL(request.url);
      return refuse(301, '', { extra: [['Location', `${url.origin}${dir}${url.search}`]] });
    }
    return refuse(403);
  }
  if (!file) return refuse(404);
  const etag = staticEtag(file, fileBytes(file).length);
  if (method === 'POST') return refuse(405, etag);
  const response = serveFile(server, request, file);
  record(response.status, file.contentType, response.body.length, etag);
  return response;
}

function contentTypeOf(response: HttpResponse): string {
  return response.headers.find(([k]) => k === 'Content-Type')?.[1] ?? '';
}

/** `demo.test Port 443`, for Apache's address line. */
function pageHost(url: URL): string {
  return `${url.hostname} Port ${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}
