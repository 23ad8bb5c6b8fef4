/** The WSGI server: exceptions from the app, the 500 it answers, and close() (PEP 3333). */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../http/bytes';
import { PyError } from './errors';
import { closing } from './iterable';
import { cpu, io } from './run';
import { CONN, TEXT, chunky, errors, header, ofType, serveAlone } from './testkit';

describe('serveWsgi: errors and close()', () => {
  it("an exception before headers → gunicorn's 500 page, the exception only in the trace; the server never throws", () => {
    const { response, text, events } = serveAlone(() => {
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
    const { response, events } = serveAlone((_e, sr) => {
      sr('200 OK', TEXT);
      return closing(body(), () => log.push('closed'));
    });
    expect(response.status).toBe(500);
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(log).toEqual(['closed']);
  });

  it('an early exception: the server calls start_response("500 …", headers, exc_info) itself, then sends headers', () => {
    const { events } = serveAlone(() => {
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
    const { events, response } = serveAlone((_e, sr) => {
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
    const { events, response } = serveAlone((_e, sr) => {
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
    const { events, response } = serveAlone((_e, sr) => {
      sr('200 OK', TEXT);
      return body();
    });
    expect(ofType(events, 'wsgi.start_response').map((c) => c.excInfo)).toEqual([null]);
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('error');
    expect(response.status).toBe(200);
  });

  it('closes when the client goes away and stops iterating', () => {
    const log: string[] = [];
    const { events, text } = serveAlone(chunky(['1', '2', '3', '4'], log), {
      ...CONN,
      goneAfterChunks: 2,
    });
    expect(text).toBe('12');
    expect(ofType(events, 'wsgi.close')[0].reason).toBe('client_gone');
    expect(log).toEqual(['closed']);
  });

  it('HEAD responses carry no body', () => {
    const { response } = serveAlone(chunky(['abc'], []), CONN, 'HEAD');
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
    const { steps } = serveAlone((_e, sr) => {
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
