import type { HttpRequest } from '../types';
import { byteLength } from './bytes';
import { TOKEN, isValidHeaderValue } from './headers';

export interface Parsed {
  url: URL;
  /** Path and query as the client sent them (`/hello/ada?x=1`). */
  target: string;
  requestLine: string;
  headerBytes: number;
}

export interface ParseProblem {
  status: number;
  reason: string;
  explanation: string;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** Bytes of the header block: `Name: value\r\n` per header plus the blank line. */
export function headerBlockBytes(request: HttpRequest): number {
  return request.headers.reduce((n, [k, v]) => n + byteLength(`${k}: ${v}\r\n`), 2);
}

/** Parse the request line; returns the parsed parts, or why it is malformed. */
export function parseRequest(request: HttpRequest): Parsed | ParseProblem {
  const bad = (explanation: string): ParseProblem => ({
    status: 400,
    reason: 'Bad Request',
    explanation,
  });
  if (!TOKEN.test(request.method) || request.method !== request.method.toUpperCase()) {
    return bad(
      `"${request.method}" is not a valid method: a method is an upper-case token such as GET or POST.`,
    );
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return bad(`"${request.url}" is not an absolute URL the server can parse.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return bad(
      `The scheme "${url.protocol}" is not HTTP: a web server only speaks http and https.`,
    );
  }
  if (!HOST.test(url.hostname)) {
    return bad(`"${url.hostname}" is not a valid host name.`);
  }
  const target = `${url.pathname}${url.search}`;
  return {
    url,
    target,
    requestLine: `${request.method} ${target} HTTP/1.1`,
    headerBytes: headerBlockBytes(request),
  };
}

/** Header names must be tokens and values free of control characters (CR/LF would split the message). */
export function headerProblem(request: HttpRequest): string | null {
  for (const [name, value] of request.headers) {
    if (!TOKEN.test(name))
      return `The header name "${name}" contains characters a header name may not hold.`;
    if (!isValidHeaderValue(value)) {
      return `The value of the "${name}" header contains control characters (such as CR or LF), which could smuggle extra headers.`;
    }
  }
  return null;
}

export function isProblem(x: Parsed | ParseProblem): x is ParseProblem {
  return 'status' in x;
}
