import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../http/bytes';
import { PyError } from './errors';
import { closing } from './iterable';
import { cpu, io } from './run';
import { serveApp } from './server';
import { CONN, eventsOf, header, ofType, req } from './testkit';
import type { WsgiApp } from './types';

const TEXT: [string, string][] = [['Content-Type', 'text/plain']];

function run(app: WsgiApp, conn = CONN, method = 'GET') {
  const out = serveApp(() => app, 'test', 'gunicorn', req(method, '/'), conn);
  return { ...out, events: eventsOf(out.steps), text: fromUtf8(out.response.body) };
}

/** An app yielding the given chunks, recording whether close() ran. */
function chunky(chunks: string[], log: string[], headers = TEXT): WsgiApp {
  return (_env, sr) => {
    sr('200 OK', headers);
    return closing(chunks.map(utf8), () => log.push('closed'));
  };
}

describe('serveWsgi: start_response and sending headers', () => {
  it('sends headers at the first non-empty chunk, not at start_response or at b""', () => {
    const log: string[] = [];
    const { events, text, response } = run(chunky(['', 'a', 'b'], log));
    const types = events.map((e) => e.type);
    expect(types.indexOf('wsgi.start_response')).toBeLessThan(types.indexOf('wsgi.headers_sent'));
    expect(types.slice(types.indexOf('wsgi.headers_sent'))).toEqual(['wsgi.headers_sent', 'wsgi.chunk', 'wsgi.chunk', 'wsgi.close']);
    expect(text).toBe('ab');
    expect(log).toEqual(['closed']);
    expect(header(response.headers, 'Date')).toMatch(/GMT$/);
    expect(header(response.headers, 'Server')).toBe('gunicorn');
  });

  it('notes chunked framing on the wire when there is no Content-Length, but not in the response', () => {
    const { events, response } = run(chunky(['x'], []));
    expect(header(ofType(events, 'wsgi.headers_sent')[0].headers, 'Transfer-Encoding')).toBe('chunked');
    expect(header(response.headers, 'Transfer-Encoding')).toBeUndefined();
  });

  it('sends headers when the iterable is exhausted without a non-empty chunk', () => {
    const { events, response } = run((_e, sr) => {
      sr('204 No Content', []);
      return [utf8('')];
    });
    expect(ofType(events, 'wsgi.headers_sent')).toHaveLength(1);
    expect(response.status).toBe(204);
    expect(response.body).toHaveLength(0);
  });

  it('a second start_response without exc_info is an error → 500', () => {
    const { response, events, text } = run((_e, sr) => {
      sr('200 OK', TEXT);
      sr('404 Not Found', TEXT);
      return [];
    });
    expect(response.status).toBe(500);
    expect(text).toMatch(/Headers already set/);
    expect(ofType(events, 'wsgi.error')[0].phase).toBe('call');
  });

  it('start_response with exc_info replaces headers before they are sent', () => {
    const { response, text } = run((_e, sr) => {
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
    const { response, events, text } = run(app);
    expect(response.status).toBe(200);
    expect(text).toBe('part1');
    expect(ofType(events, 'wsgi.error')[0].message).toMatch(/ValueError: late.*truncated/);
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(log).toEqual(['closed']);
  });

  it.each([
    ['a bad status', '20 OK', TEXT],
    ['a status without reason', '200', TEXT],
    ['a hop-by-hop header', '200 OK', [...TEXT, ['Connection', 'close']]],
    ['no Content-Type', '200 OK', []],
  ] as [string, string, [string, string][]][])('validates like wsgiref: %s → 500', (_what, status, headers) => {
    const { response } = run((_e, sr) => {
      sr(status, headers);
      return [utf8('x')];
    });
    expect(response.status).toBe(500);
  });

  it('a str chunk instead of bytes is an app bug → 500', () => {
    const { response, text } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return ['text' as unknown as Uint8Array];
    });
    expect(response.status).toBe(500);
    expect(text).toMatch(/non-bytestring/);
  });

  it('supports the legacy write() path', () => {
    const { events, text } = run((_e, sr) => {
      const write = sr('200 OK', TEXT);
      write(utf8('hello '));
      return [utf8('world')];
    });
    expect(text).toBe('hello world');
    const types = events.map((e) => e.type);
    expect(types.indexOf('wsgi.headers_sent')).toBeLessThan(types.indexOf('wsgi.write'));
  });
});

describe('serveWsgi: errors and close()', () => {
  it('an exception before headers → 500 explaining it; the server never throws', () => {
    const { response, text, events } = run(() => {
      throw new PyError('KeyError', "'user'");
    });
    expect(response.status).toBe(500);
    expect(text).toContain("KeyError: 'user'");
    expect(header(response.headers, 'Content-Type')).toMatch(/^text\/plain/);
    expect(ofType(events, 'wsgi.close')).toHaveLength(0);
  });

  it('an exception while iterating, before any chunk → 500 and close()', () => {
    const log: string[] = [];
    const disk = (): Uint8Array => {
      throw new PyError('OSError', 'disk');
    };
    function* body(): Generator<Uint8Array> {
      yield disk();
    }
    const { response, events } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return closing(body(), () => log.push('closed'));
    });
    expect(response.status).toBe(500);
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(log).toEqual(['closed']);
  });

  it('closes when the client goes away and stops iterating', () => {
    const log: string[] = [];
    const { events, text } = run(chunky(['1', '2', '3', '4'], log), { ...CONN, goneAfterChunks: 2 });
    expect(text).toBe('12');
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('client_gone');
    expect(log).toEqual(['closed']);
  });

  it('HEAD responses carry no body', () => {
    const { response } = run(chunky(['abc'], []), CONN, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(0);
  });

  it('cost steps from a generator interleave with its chunks', () => {
    function* body(): Generator<Uint8Array> {
      io(10, 'wait');
      yield utf8('a');
      cpu(5, 'work');
      yield utf8('b');
    }
    const { steps } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return body();
    });
    const kinds = steps.map((s) => (s.kind === 'event' ? s.payload.type : s.kind));
    expect(kinds.slice(kinds.indexOf('io'))).toEqual(['io', 'wsgi.headers_sent', 'wsgi.chunk', 'cpu', 'wsgi.chunk', 'wsgi.close']);
  });
});
