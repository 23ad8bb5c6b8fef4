/** Responses the engine itself builds: proxy errors, network errors, engine bugs. */
import type { HeaderList, HttpResponse } from '../types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function textBody(s: string): Uint8Array {
  return encoder.encode(s);
}

export function preview(body: Uint8Array, max = 120): string {
  return decoder.decode(body.subarray(0, max));
}

/** The page nginx sends for an upstream problem, with a line saying why. */
export function proxyError(status: 502 | 504 | 500, explanation: string, server = 'nginx'): HttpResponse {
  const reason = status === 502 ? 'Bad Gateway' : status === 504 ? 'Gateway Timeout' : 'Internal Server Error';
  const body = textBody(
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n` +
      `<!-- ${explanation} -->\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`,
  );
  const headers: HeaderList = [
    ['Server', server],
    ['Content-Type', 'text/html'],
    ['Content-Length', String(body.length)],
    ['Connection', 'keep-alive'],
  ];
  return { status, reason, headers, body };
}

export function networkError(message: string): HttpResponse {
  return { status: 0, reason: '', headers: [], body: new Uint8Array(0), networkError: message };
}

/** An engine bug never escapes: the request gets a 500 saying what went wrong. */
export function engineError(message: string): HttpResponse {
  const body = textBody(`500 Internal Server Error\n\nThe simulator itself failed on this request: ${message}\n`);
  return {
    status: 500,
    reason: 'Internal Server Error',
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
    ],
    body,
  };
}
