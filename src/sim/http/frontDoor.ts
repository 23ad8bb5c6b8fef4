import type { FrontDoor, Step } from '../steps';
import type { HttpRequest, HttpResponse, WebServerConfig } from '../types';
import { byteLength, percentDecodeBytes, fromUtf8 } from './bytes';
import { getHeader, underPrefix } from './headers';
import { headerProblem, isProblem, parseRequest } from './parse';
import { textResponse, webServerToken } from './reply';
import { serveFile, staticEtag, fileBytes } from './staticFile';

const GET_BODY_NOTE =
  'a body on GET/HEAD is allowed by HTTP but has no defined meaning; the server reads it and passes it on';

/**
 * The web server's front door for one request (nginx-like): parse, enforce the
 * limits (for every request, static or dynamic), answer static files itself,
 * and hand everything else on as dynamic.
 */
export const frontDoor: FrontDoor = (web, request, actor) => {
  const steps: Step[] = [];
  const server = webServerToken(web.name);
  const parsed = parseRequest(request);
  const requestLine = isProblem(parsed) ? `${request.method} ${request.url} HTTP/1.1` : parsed.requestLine;
  const declared = Number(getHeader(request.headers, 'Content-Length') ?? 0);
  const hasBody = request.body.length > 0 || declared > 0;
  const note = hasBody && (request.method === 'GET' || request.method === 'HEAD') ? GET_BODY_NOTE : undefined;
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
  const reject = (status: number, reason: string, explanation: string, extra: [string, string][] = []) => {
    steps.push({ kind: 'event', payload: { type: 'http.reject', actor, status, reason, explanation } });
    const response = textResponse(server, status, reason, `${status} ${reason}\n\n${explanation}`, extra, request.method === 'HEAD');
    return { kind: 'respond' as const, steps, response };
  };

  if (isProblem(parsed)) return reject(parsed.status, parsed.reason, parsed.explanation);
  const { limits } = web;
  const lineBytes = byteLength(parsed.requestLine);
  if (lineBytes > limits.maxUriBytes) {
    return reject(414, 'Request-URI Too Large',
      `The request line is ${lineBytes} bytes; this server reads at most ${limits.maxUriBytes} (nginx: large_client_header_buffers).`);
  }
  const badHeader = headerProblem(request);
  if (badHeader) return reject(400, 'Bad Request', badHeader);
  if (parsed.headerBytes > limits.maxHeaderBytes) {
    return reject(431, 'Request Header Fields Too Large',
      `The request headers take ${parsed.headerBytes} bytes; this server accepts at most ${limits.maxHeaderBytes}. (RFC 6585's status; nginx itself answers 400 "Request Header Or Cookie Too Large".)`);
  }
  const bodyBytes = Math.max(request.body.length, Number.isFinite(declared) ? declared : 0);
  if (bodyBytes > limits.maxBodyBytes) {
    return reject(413, 'Request Entity Too Large',
      `The request body is ${bodyBytes} bytes; this server accepts at most ${limits.maxBodyBytes} (nginx: client_max_body_size). The request never reaches the application.`);
  }

  const path = fromUtf8(percentDecodeBytes(parsed.url.pathname));
  if (!web.staticPrefixes.some((p) => underPrefix(path, p))) return { kind: 'dynamic', steps };
  return { kind: 'respond', steps, response: answerStatic(web, request, path, server, steps, actor) };
};

function answerStatic(
  web: WebServerConfig,
  request: HttpRequest,
  path: string,
  server: string,
  steps: Step[],
  actor: string,
): HttpResponse {
  const file = web.docroot[path];
  const head = request.method === 'HEAD';
  const record = (status: number, contentType: string, bytes: number, etag: string) =>
    steps.push({ kind: 'event', payload: { type: 'web.static', actor, path, status, contentType, bytes, etag } });
  if (!file) {
    const response = textResponse(server, 404, 'Not Found',
      `404 Not Found\n\n${path} is under a static prefix, so the web server looked for it in its document root, and it is not there. The application is never asked.`, [], head);
    record(404, 'text/plain; charset=utf-8', response.body.length, '');
    return response;
  }
  const etag = staticEtag(file, fileBytes(file).length);
  if (request.method !== 'GET' && !head) {
    const response = textResponse(server, 405, 'Method Not Allowed',
      `405 Method Not Allowed\n\n${path} is a static file: the web server can only send it (GET or HEAD), not ${request.method} it.`,
      [['Allow', 'GET, HEAD']]);
    record(405, 'text/plain; charset=utf-8', response.body.length, etag);
    return response;
  }
  const response = serveFile(server, request, file);
  record(response.status, file.contentType, response.body.length, etag);
  return response;
}
