/** The WSGI server: start_response, sending the headers, write() (PEP 3333). */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../http/bytes';
import { PyError } from './errors';
import { closing } from './iterable';
import { CONN, TEXT, chunky, errors, header, ofType, serveAlone } from './testkit';
import type { WsgiApp } from './types';

describe('serveWsgi: start_response and sending headers', () => {
  it('gunicorn and wsgiref send the headers on the first item even when it is b"" (not at start_response)', () => {
    for (const server of ['gunicorn', 'wsgiref'] as const) {
      const { events } = serveAlone(chunky(['', 'a'], []), CONN, 'GET', server);
      expect(events.map((e) => e.type).slice(-4)).toEqual([
        'wsgi.headers_sent',
        'wsgi.chunk',
        'wsgi.chunk',
        'wsgi.close',
      ]);
      expect(ofType(events, 'wsgi.chunk')[0].bytes).toBe(0);
    }
  });

  it('PEP 3333\'s rule (the simulated uWSGI keeps it): headers at the first non-empty chunk, not at start_response or at b""', () => {
    const log: string[] = [];
    const { events, text, response } = serveAlone(
      chunky(['', 'a', 'b'], log),
      CONN,
      'GET',
      'uwsgi',
    );
    const types = events.map((e) => e.type);
    expect(types.indexOf('wsgi.start_response')).toBeLessThan(types.indexOf('wsgi.headers_sent'));
    expect(types.slice(types.indexOf('wsgi.headers_sent'))).toEqual([
      'wsgi.headers_sent',
      'wsgi.chunk',
      'wsgi.chunk',
      'wsgi.close',
    ]);
    expect(text).toBe('ab');
    expect(log).toEqual(['closed']);
    // uWSGI adds neither Date nor Server.
    expect(header(response.headers, 'Server')).toBeUndefined();
  });

  it('gunicorn adds its Date and Server; for an HTTP/1.0 request (nginx) it closes instead of chunking', () => {
    const { events, response } = serveAlone(chunky(['a'], []), { ...CONN, protocol: 'HTTP/1.0' });
    expect(header(response.headers, 'Date')).toMatch(/GMT$/);
    expect(header(response.headers, 'Server')).toBe('gunicorn');
    const wire = ofType(events, 'wsgi.headers_sent')[0].headers;
    expect(header(wire, 'Transfer-Encoding')).toBeUndefined();
    expect(header(wire, 'Connection')).toBe('close');
  });

  it('records an empty chunk with 0 bytes, counts it in the iterable position, and sends nothing for it', () => {
    const { events } = serveAlone(chunky(['', 'a', '', 'b'], []), CONN, 'GET', 'uwsgi');
    const chunks = ofType(events, 'wsgi.chunk');
    expect(chunks.map((c) => [c.index, c.bytes])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
    const types = events.map((e) => e.type);
    // The first b'' comes before the headers: it did not make them go out.
    expect(types.indexOf('wsgi.chunk')).toBeLessThan(types.indexOf('wsgi.headers_sent'));
    expect(ofType(events, 'wsgi.headers_sent')).toHaveLength(1);
  });

  it('notes chunked framing on the wire when there is no Content-Length, but not in the response', () => {
    const { events, response } = serveAlone(chunky(['x'], []));
    expect(header(ofType(events, 'wsgi.headers_sent')[0].headers, 'Transfer-Encoding')).toBe(
      'chunked',
    );
    expect(header(response.headers, 'Transfer-Encoding')).toBeUndefined();
  });

  it('sends headers when the iterable is exhausted without a non-empty chunk', () => {
    const { events, response } = serveAlone((_e, sr) => {
      sr('204 No Content', []);
      return [utf8('')];
    });
    expect(ofType(events, 'wsgi.headers_sent')).toHaveLength(1);
    expect(response.status).toBe(204);
    expect(response.body).toHaveLength(0);
  });

  it('a second start_response without exc_info is an error → 500', () => {
    const { response, events } = serveAlone((_e, sr) => {
      sr('200 OK', TEXT);
      sr('404 Not Found', TEXT);
      return [];
    });
    expect(response.status).toBe(500);
    expect(errors(events)).toMatch(/Headers already set/);
    expect(ofType(events, 'wsgi.error')[0].phase).toBe('call');
  });

  it('start_response with exc_info replaces headers before they are sent', () => {
    const { response, text } = serveAlone((_e, sr) => {
      sr('200 OK', TEXT);
      sr('503 Service Unavailable', TEXT, new PyError('RuntimeError', 'db down'));
      return [utf8('sorry')];
    });
    expect(response.status).toBe(503);
    expect(text).toBe('sorry');
  });

  it('start_response with exc_info after headers are sent re-raises: truncated response', () => {
    const log: string[] = [];
    function* body(sr: Parameters<WsgiApp>[1]) {
      yield utf8('part1');
      sr('500 Internal Server Error', TEXT, new PyError('ValueError', 'late'));
      yield utf8('never');
    }
    const app: WsgiApp = (_e, sr) => {
      sr('200 OK', TEXT);
      return closing(body(sr), () => log.push('closed'));
    };
    const { response, events, text } = serveAlone(app);
    expect(response.status).toBe(200);
    expect(text).toBe('part1');
    expect(ofType(events, 'wsgi.error')[0].note).toEqual({
      code: 'wsgi.after_headers',
      exception: 'ValueError: late',
    });
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(log).toEqual(['closed']);
  });

  it.each([
    ['a bad status', '20 OK', TEXT],
    ['a status without reason', '200', TEXT],
    ['a hop-by-hop header', '200 OK', [...TEXT, ['Connection', 'close']]],
    ['no Content-Type', '200 OK', []],
  ] as [string, string, [string, string][]][])(
    'validates like wsgiref: %s → 500',
    (_what, status, headers) => {
      const { response } = serveAlone((_e, sr) => {
        sr(status, headers);
        return [utf8('x')];
      });
      expect(response.status).toBe(500);
    },
  );

  it('a str chunk instead of bytes is an app bug → 500', () => {
    const { response, events } = serveAlone((_e, sr) => {
      sr('200 OK', TEXT);
      return ['text' as unknown as Uint8Array];
    });
    expect(response.status).toBe(500);
    expect(errors(events)).toMatch(/non-bytestring/);
  });

  it('supports the legacy write() path', () => {
    const { events, text } = serveAlone((_e, sr) => {
      const write = sr('200 OK', TEXT);
      write(utf8('hello '));
      return [utf8('world')];
    });
    expect(text).toBe('hello world');
    const types = events.map((e) => e.type);
    expect(types.indexOf('wsgi.headers_sent')).toBeLessThan(types.indexOf('wsgi.write'));
  });
});
