import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../http/bytes';
import { PyError } from './errors';
import { closing } from './iterable';
import { cpu, io } from './run';
import { serveApp } from './server';
import { CONN, eventsOf, header, ofType, req } from './testkit';
import type { WsgiApp } from './types';

const TEXT: [string, string][] = [['Content-Type', 'text/plain']];

function run(
  app: WsgiApp,
  conn = CONN,
  method = 'GET',
  server: 'gunicorn' | 'uwsgi' | 'wsgiref' = 'gunicorn',
) {
  const out = serveApp(() => app, 'test', server, req(method, '/'), conn);
  return { ...out, events: eventsOf(out.steps), text: fromUtf8(out.response.body) };
}

/** Every wsgi.error message, one per line: where the server explains a 500. */
function errors(events: ReturnType<typeof eventsOf>): string {
  return ofType(events, 'wsgi.error')
    .map((e) => e.note.exception)
    .join('\n');
}

/** An app yielding the given chunks, recording whether close() ran. */
function chunky(chunks: string[], log: string[], headers = TEXT): WsgiApp {
  return (_env, sr) => {
    sr('200 OK', headers);
    return closing(chunks.map(utf8), () => log.push('closed'));
  };
}

describe('serveWsgi: start_response and sending headers', () => {
  it('gunicorn and wsgiref send the headers on the first item even when it is b"" (not at start_response)', () => {
    for (const server of ['gunicorn', 'wsgiref'] as const) {
      const { events } = run(chunky(['', 'a'], []), CONN, 'GET', server);
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
    const { events, text, response } = run(chunky(['', 'a', 'b'], log), CONN, 'GET', 'uwsgi');
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
    const { events, response } = run(chunky(['a'], []), { ...CONN, protocol: 'HTTP/1.0' });
    expect(header(response.headers, 'Date')).toMatch(/GMT$/);
    expect(header(response.headers, 'Server')).toBe('gunicorn');
    const wire = ofType(events, 'wsgi.headers_sent')[0].headers;
    expect(header(wire, 'Transfer-Encoding')).toBeUndefined();
    expect(header(wire, 'Connection')).toBe('close');
  });

  it('records an empty chunk with 0 bytes, counts it in the iterable position, and sends nothing for it', () => {
    const { events } = run(chunky(['', 'a', '', 'b'], []), CONN, 'GET', 'uwsgi');
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
    const { events, response } = run(chunky(['x'], []));
    expect(header(ofType(events, 'wsgi.headers_sent')[0].headers, 'Transfer-Encoding')).toBe(
      'chunked',
    );
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
    const { response, events } = run((_e, sr) => {
      sr('200 OK', TEXT);
      sr('404 Not Found', TEXT);
      return [];
    });
    expect(response.status).toBe(500);
    expect(errors(events)).toMatch(/Headers already set/);
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
      const { response } = run((_e, sr) => {
        sr(status, headers);
        return [utf8('x')];
      });
      expect(response.status).toBe(500);
    },
  );

  it('a str chunk instead of bytes is an app bug → 500', () => {
    const { response, events } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return ['text' as unknown as Uint8Array];
    });
    expect(response.status).toBe(500);
    expect(errors(events)).toMatch(/non-bytestring/);
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
  it("an exception before headers → gunicorn's 500 page, the exception only in the trace; the server never throws", () => {
    const { response, text, events } = run(() => {
      throw new PyError('KeyError', "'user'");
    });
    expect(response.status).toBe(500);
    expect(errors(events)).toContain("KeyError: 'user'");
    expect(text).not.toContain('KeyError');
    expect(text).toContain('<title>Internal Server Error</title>');
    expect(header(response.headers, 'Content-Type')).toBe('text/html');
    expect(header(response.headers, 'Connection')).toBe('close');
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

  it('an early exception: the server calls start_response("500 …", headers, exc_info) itself, then sends headers', () => {
    const { events } = run(() => {
      throw new PyError('ZeroDivisionError', 'division by zero');
    });
    const types = events.map((e) => e.type);
    const calls = ofType(events, 'wsgi.start_response');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      actor: CONN.actor,
      status: '500 Internal Server Error',
      excInfo: 'ZeroDivisionError: division by zero',
    });
    expect(types.indexOf('wsgi.error')).toBeLessThan(types.indexOf('wsgi.start_response'));
    expect(types.indexOf('wsgi.start_response')).toBeLessThan(types.indexOf('wsgi.headers_sent'));
    expect(ofType(events, 'wsgi.headers_sent')[0].status).toBe('500 Internal Server Error');
  });

  it('the error start_response replaces a status the app already stored (allowed: it carries exc_info)', () => {
    const { events, response } = run((_e, sr) => {
      sr('200 OK', TEXT);
      throw new PyError('KeyError', "'user'");
    });
    const calls = ofType(events, 'wsgi.start_response');
    expect(calls.map((c) => [c.status, c.excInfo])).toEqual([
      ['200 OK', null],
      ['500 Internal Server Error', "KeyError: 'user'"],
    ]);
    expect(response.status).toBe(500);
    expect(ofType(events, 'wsgi.headers_sent').map((h) => h.status)).toEqual([
      '500 Internal Server Error',
    ]);
  });

  it('an exception inside the iterable: close() still runs (reason error), then the 500 with exc_info', () => {
    const log: string[] = [];
    function* body(): Generator<Uint8Array> {
      // Before any item: under gunicorn even a b'' would have sent the headers.
      if (log.length === 0) throw new PyError('OSError', 'disk');
      yield utf8('');
    }
    const { events, response } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return closing(body(), () => log.push('closed'));
    });
    const types = events.map((e) => e.type);
    expect(log).toEqual(['closed']);
    expect(ofType(events, 'wsgi.close')).toEqual([expect.objectContaining({ reason: 'error' })]);
    expect(ofType(events, 'wsgi.start_response')[1]).toMatchObject({
      status: '500 Internal Server Error',
      excInfo: 'OSError: disk',
    });
    expect(types.indexOf('wsgi.close')).toBeLessThan(types.lastIndexOf('wsgi.start_response'));
    expect(types.lastIndexOf('wsgi.start_response')).toBeLessThan(
      types.indexOf('wsgi.headers_sent'),
    );
    expect(response.status).toBe(500);
  });

  it('after the headers went out there is no 500 and no error start_response, only close()', () => {
    function* body(): Generator<Uint8Array> {
      yield utf8('half');
      throw new PyError('OSError', 'disk');
    }
    const { events, response } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return body();
    });
    expect(ofType(events, 'wsgi.start_response').map((c) => c.excInfo)).toEqual([null]);
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(response.status).toBe(200);
  });

  it('closes when the client goes away and stops iterating', () => {
    const log: string[] = [];
    const { events, text } = run(chunky(['1', '2', '3', '4'], log), {
      ...CONN,
      goneAfterChunks: 2,
    });
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
      io(10, { code: 'work.db_query' });
      yield utf8('a');
      cpu(5, { code: 'work.compute' });
      yield utf8('b');
    }
    const { steps } = run((_e, sr) => {
      sr('200 OK', TEXT);
      return body();
    });
    const kinds = steps.map((s) => (s.kind === 'event' ? s.payload.type : s.kind));
    expect(kinds.slice(kinds.indexOf('io'))).toEqual([
      'io',
      'wsgi.headers_sent',
      'wsgi.chunk',
      'cpu',
      'wsgi.chunk',
      'wsgi.close',
    ]);
  });
});
