/**
 * The checks `wsgiref.validate` / `wsgiref.handlers` make on what an app
 * passes to start_response and yields. A failure is an app bug: the server
 * answers 500 with the message.
 */
import { assertionError } from './errors';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailers',
  'transfer-encoding',
  'upgrade',
]);

export function isHopByHop(name: string): boolean {
  return HOP_BY_HOP.has(name.toLowerCase());
}

export function checkStatus(status: unknown): void {
  if (typeof status !== 'string')
    throw assertionError(`Status must be a str (got ${typeof status})`);
  const code = status.slice(0, 3);
  if (!/^\d{3}$/.test(code))
    throw assertionError(`Status codes must be three digits, got ${JSON.stringify(status)}`);
  if (Number(code) < 100) throw assertionError(`Status code ${code} is below 100`);
  if (status.length < 4 || status[3] !== ' ') {
    throw assertionError(
      `Status must be "NNN reason" with a space after the code, got ${JSON.stringify(status)}`,
    );
  }
}

export function checkHeaders(status: string, headers: unknown): void {
  if (!Array.isArray(headers))
    throw assertionError('Headers must be a list of (name, value) pairs');
  let contentType = false;
  for (const pair of headers as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2)
      throw assertionError(`Individual headers must be 2-tuples, got ${JSON.stringify(pair)}`);
    const [name, value] = pair as unknown[];
    if (typeof name !== 'string' || typeof value !== 'string') {
      throw assertionError(`Header names and values must be str, got ${JSON.stringify(pair)}`);
    }
    if (name.toLowerCase() === 'status')
      throw assertionError('The Status header cannot be used; pass the status to start_response');
    if (/[:\n\r]/.test(name))
      throw assertionError(`Header names may not contain ':' or newlines: ${JSON.stringify(name)}`);
    if (/[\r\n\u0000-\u0008\u000b-\u001f]/.test(value))
      throw assertionError(`Bad header value for ${name}: control characters`);
    if (isHopByHop(name))
      throw assertionError(
        `Hop-by-hop header, '${name}: ${value}', not allowed: only the server manages the connection`,
      );
    if (name.toLowerCase() === 'content-type') contentType = true;
  }
  const code = Number(status.slice(0, 3));
  if (!contentType && code !== 204 && code !== 304)
    throw assertionError('No Content-Type header found in headers');
}

export function checkChunk(chunk: unknown): asserts chunk is Uint8Array {
  if (!(chunk instanceof Uint8Array)) {
    throw assertionError(
      `Iterator yielded non-bytestring (${typeof chunk === 'string' ? 'str' : typeof chunk}): a WSGI body is bytes`,
    );
  }
}

export function statusCode(status: string): number {
  return Number(status.slice(0, 3));
}
