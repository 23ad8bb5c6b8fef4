import type { HttpRequest, RejectNote } from '../types';
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
  note: RejectNote;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** Bytes of the header block: `Name: value\r\n` per header plus the blank line. */
export function headerBlockBytes(request: HttpRequest): number {
  return request.headers.reduce((n, [k, v]) => n + byteLength(`${k}: ${v}\r\n`), 2);
}

/** Parse the request line; returns the parsed parts, or why it is malformed. */
export function parseRequest(request: HttpRequest): Parsed | ParseProblem {
  const bad = (note: RejectNote): ParseProblem => ({ status: 400, reason: 'Bad Request', note });
  if (!TOKEN.test(request.method) || request.method !== request.method.toUpperCase()) {
    return bad({ code: 'reject.method', method: request.method });
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return bad({ code: 'reject.url', url: request.url });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return bad({ code: 'reject.scheme', scheme: url.protocol });
  }
  if (!HOST.test(url.hostname)) {
    return bad({ code: 'reject.host', host: url.hostname });
  }
  const target = `${url.pathname}${url.search}`;
  return {
    url,
    target,
    requestLine: `${request.method} ${target} HTTP/1.1`,
    headerBytes: headerBlockBytes(request),
  };
}

/**
 * nginx (`ignore_invalid_headers on`, `underscores_in_headers off`) drops a
 * header whose name holds anything but letters, digits and `-` (it logs it)
 * instead of refusing the request.
 */
export function droppedByNginx(name: string): boolean {
  return !/^[A-Za-z0-9-]+$/.test(name);
}

/**
 * nginx reads the request line and the header lines into buffers of
 * `bufferBytes` (large_client_header_buffers 4 8k); a line never spans two
 * buffers. Returns the first header line that does not fit in one buffer,
 * or `four` when the lines need more than four buffers; null when they fit.
 */
export function headerBufferProblem(
  requestLine: string,
  request: HttpRequest,
  bufferBytes: number,
): { bytes: number } | 'four' | null {
  let buffers = 1;
  let used = byteLength(requestLine) + 2;
  for (const [name, value] of request.headers) {
    const bytes = byteLength(`${name}: ${value}\r\n`);
    if (bytes > bufferBytes) return { bytes };
    if (used + bytes > bufferBytes) {
      buffers++;
      used = 0;
    }
    used += bytes;
  }
  return buffers > 4 ? 'four' : null;
}

/** Header names must be tokens and values free of control characters (CR/LF would split the message). */
export function headerProblem(request: HttpRequest, dropsBadNames = false): RejectNote | null {
  for (const [name, value] of request.headers) {
    if (!TOKEN.test(name) && !dropsBadNames) return { code: 'reject.header_name', name };
    // Control characters (CR, LF) in a value could smuggle extra headers.
    if (!isValidHeaderValue(value)) return { code: 'reject.header_value', name };
  }
  return null;
}

export function isProblem(x: Parsed | ParseProblem): x is ParseProblem {
  return 'status' in x;
}
