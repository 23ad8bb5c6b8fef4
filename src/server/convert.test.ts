import { describe, expect, it } from 'vitest';
import { internalError, toFetchResponse, toHttpRequest } from './convert';
import { textResponse } from './testing';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('toHttpRequest', () => {
  it('keeps method, absolute URL with query, header pairs and body bytes', async () => {
    const request = new Request('https://demo.test/hello/ada?x=1&y=2', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Trace': 'on' },
      body: '{"n":1}',
    });
    const converted = await toHttpRequest(request);
    expect(converted.method).toBe('PUT');
    expect(converted.url).toBe('https://demo.test/hello/ada?x=1&y=2');
    expect(converted.headers).toContainEqual(['content-type', 'application/json']);
    expect(converted.headers).toContainEqual(['x-trace', 'on']);
    expect(decode(converted.body)).toBe('{"n":1}');
  });

  it('adds the Host header the browser would send on the wire', async () => {
    const converted = await toHttpRequest(new Request('https://demo.test:8443/x'));
    expect(converted.headers[0]).toEqual(['host', 'demo.test:8443']);
    expect(converted.headers.filter(([name]) => name === 'host')).toHaveLength(1);
  });

  it("adds the browser's default Accept-Encoding when fetch() shows none, and keeps one it does", async () => {
    const plain = await toHttpRequest(new Request('https://demo.test/x'));
    expect(plain.headers).toContainEqual(['accept-encoding', 'gzip, deflate, br, zstd']);
    const own = await toHttpRequest(
      new Request('https://demo.test/x', { headers: { 'Accept-Encoding': 'identity' } }),
    );
    expect(own.headers.filter(([n]) => n === 'accept-encoding')).toEqual([
      ['accept-encoding', 'identity'],
    ]);
  });

  it('gives GET an empty body', async () => {
    const converted = await toHttpRequest(new Request('https://demo.test/'));
    expect(converted.body).toBeInstanceOf(Uint8Array);
    expect(converted.body.byteLength).toBe(0);
  });

  it('keeps binary bodies byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 128, 10, 13]);
    const converted = await toHttpRequest(
      new Request('https://demo.test/upload', { method: 'POST', body: bytes }),
    );
    expect([...converted.body]).toEqual([0, 255, 128, 10, 13]);
  });
});

describe('toFetchResponse', () => {
  it('carries status, reason, headers and body', async () => {
    const response = toFetchResponse(
      textResponse(404, 'Not Found', 'no such page', [
        ['Content-Type', 'text/plain'],
        ['X-Served-By', 'proc:12'],
      ]),
      'GET',
    );
    expect(response.status).toBe(404);
    expect(response.statusText).toBe('Not Found');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('x-served-by')).toBe('proc:12');
    expect(await response.text()).toBe('no such page');
  });

  it('keeps repeated headers', () => {
    const response = toFetchResponse(
      textResponse(200, 'OK', '', [
        ['Vary', 'Accept'],
        ['Vary', 'Cookie'],
      ]),
      'GET',
    );
    expect(response.headers.get('vary')).toBe('Accept, Cookie');
  });

  it('sends only the bytes of a body that is a view into a larger buffer', async () => {
    const whole = new TextEncoder().encode('SECRET|visible');
    const view = whole.subarray(7);
    const response = toFetchResponse({ status: 200, reason: 'OK', headers: [], body: view }, 'GET');
    expect(await response.text()).toBe('visible');
  });

  it.each([204, 205, 304])(
    'gives status %i a null body even if the engine sent bytes',
    async (status) => {
      const response = toFetchResponse(textResponse(status, 'X', 'ignored'), 'GET');
      expect(response.status).toBe(status);
      expect(response.body).toBeNull();
    },
  );

  it('gives HEAD a null body but keeps the headers', () => {
    const response = toFetchResponse(
      textResponse(200, 'OK', 'body of the GET', [['Content-Length', '15']]),
      'HEAD',
    );
    expect(response.body).toBeNull();
    expect(response.headers.get('content-length')).toBe('15');
  });

  it('turns a network error into Response.error()', () => {
    const response = toFetchResponse(
      {
        status: 0,
        reason: '',
        headers: [],
        body: new Uint8Array(),
        networkError: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
      },
      'GET',
    );
    expect(response.type).toBe('error');
  });

  it('refuses a status fetch cannot carry, with a message naming it', () => {
    expect(() => toFetchResponse(textResponse(101, 'Switching Protocols', ''), 'GET')).toThrow(
      /101/,
    );
  });

  it('drops a header the Fetch API refuses instead of failing', () => {
    const response = toFetchResponse(
      textResponse(200, 'OK', 'ok', [
        ['Bad Name', 'x'],
        ['X-Good', 'yes'],
      ]),
      'GET',
    );
    expect(response.headers.get('x-good')).toBe('yes');
    expect(response.status).toBe(200);
  });

  it('drops a reason phrase fetch refuses but keeps the status', () => {
    const response = toFetchResponse(textResponse(200, 'Bien\n', 'ok'), 'GET');
    expect(response.status).toBe(200);
  });
});

describe('internalError', () => {
  it('is a plain-text 500 naming the error', async () => {
    const response = internalError(new TypeError('boom'));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('TypeError: boom');
  });
});
