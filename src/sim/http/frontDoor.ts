import type { FrontDoor, Step } from '../steps';
import type { HttpRequest, HttpResponse, RejectNote, WebServerConfig } from '../types';
import { byteLength, percentDecodeBytes, fromUtf8 } from './bytes';
import { getHeader, underPrefix } from './headers';
import { headerProblem, isProblem, parseRequest } from './parse';
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
  const note =
    hasBody && (request.method === 'GET' || request.method === 'HEAD')
      ? { code: 'parse.get_body' as const, method: request.method }
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
  const lineBytes = byteLength(parsed.requestLine);
  if (lineBytes > limits.maxUriBytes) {
    return reject(414, { code: 'reject.uri_too_long', bytes: lineBytes, max: limits.maxUriBytes });
  }
  const badHeader = headerProblem(request);
  if (badHeader) return reject(400, badHeader);
  if (parsed.headerBytes > limits.maxHeaderBytes) {
    // nginx answers 400 with its page "Request Header Or Cookie Too Large" (RFC 6585's 431 exists, but nginx does not use it).
    return reject(
      400,
      { code: 'reject.headers_too_large', bytes: parsed.headerBytes, max: limits.maxHeaderBytes },
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
  const file = web.docroot[path];
  const head = request.method === 'HEAD';
  const record = (status: number, contentType: string, bytes: number, etag: string) =>
    steps.push({
      kind: 'event',
      payload: { type: 'web.static', actor, path, status, contentType, bytes, etag },
    });
  if (!file) {
    const response = errorPage(server, 404, { head, host });
    record(404, contentTypeOf(response), response.body.length, '');
    return response;
  }
  const etag = staticEtag(file, fileBytes(file).length);
  if (request.method !== 'GET' && !head) {
    const response = errorPage(server, 405, { host, extra: [['Allow', 'GET, HEAD']] });
    record(405, contentTypeOf(response), response.body.length, etag);
    return response;
  }
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
