/** Layers that change or watch the response: gzip, XSLT, profiler, errors, and close() through all. */
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../http/bytes';
import { PyError } from '../wsgi/errors';
import { serveApp } from '../wsgi/server';
import { CONN, DISPATCH, eventsOf, header, ofType, req, serve } from '../wsgi/testkit';
import type { WsgiApp } from '../wsgi/types';
import { errors } from './errors';

describe('gzip (Paste GzipMiddleware)', () => {
  const GZ = [{ kind: 'gzip' as const }];
  it('compresses real gzip bytes with a new Content-Length, and adds no Vary (as Paste does)', () => {
    const plain = serve('flask', [], req('GET', '/'));
    const { response, events } = serve(
      'flask',
      GZ,
      req('GET', '/', [['Accept-Encoding', 'gzip, br']]),
    );
    expect(header(response.headers, 'Content-Encoding')).toBe('gzip');
    expect(header(response.headers, 'Vary')).toBeUndefined();
    expect(header(response.headers, 'Content-Length')).toBe(String(response.body.length));
    expect(fromUtf8(gunzipSync(response.body))).toBe(plain.text);
    expect(ofType(events, 'middleware.respond')[0].note).toEqual({
      code: 'gzip.compressed',
      from: plain.response.body.length,
      to: response.body.length,
    });
  });

  it('passes through when the client does not accept gzip', () => {
    const { response } = serve('flask', GZ, req('GET', '/'));
    expect(header(response.headers, 'Content-Encoding')).toBeUndefined();
  });

  it('skips bodies below minBytes', () => {
    const { response } = serve(
      'flask',
      [{ kind: 'gzip', minBytes: 100_000 }],
      req('GET', '/', [['Accept-Encoding', 'gzip']]),
    );
    expect(header(response.headers, 'Content-Encoding')).toBeUndefined();
  });

  it('buffers a streamed body, and the app is still closed', () => {
    const { response, events } = serve(
      'flask',
      GZ,
      req('GET', '/stream', [['Accept-Encoding', 'gzip']]),
    );
    expect(fromUtf8(gunzipSync(response.body))).toBe(
      'part 1 of 4\npart 2 of 4\npart 3 of 4\npart 4 of 4\n',
    );
    expect(ofType(events, 'wsgi.chunk')).toHaveLength(1);
    expect(ofType(events, 'app.exit')).toHaveLength(1);
  });

  it('is deterministic (fixed mtime)', () => {
    const a = serve('flask', GZ, req('GET', '/', [['Accept-Encoding', 'gzip']]));
    const b = serve('flask', GZ, req('GET', '/', [['Accept-Encoding', 'gzip']]));
    expect(a.response.body).toEqual(b.response.body);
  });
});

describe('xslt (post-processing)', () => {
  it('turns application/xml into text/html and drops Content-Length', () => {
    const { response, text } = serve('xml', [{ kind: 'xslt' }], req('GET', '/'));
    expect(header(response.headers, 'Content-Type')).toMatch(/^text\/html/);
    expect(header(response.headers, 'Content-Length')).toBeUndefined();
    expect(text).toContain('<h1>catalog</h1>');
    expect(text).toContain('Python Web Server Gateway Interface v1.0.1');
  });

  it('leaves non-XML responses alone', () => {
    const { response } = serve('echo', [{ kind: 'xslt' }], req('GET', '/'));
    expect(header(response.headers, 'Content-Type')).toBe('application/json');
  });

  it('decides in start_response (the Latinator way): a non-XML stream passes up chunk by chunk, not buffered', () => {
    const { steps, text } = serve('flask', [{ kind: 'xslt' }], req('GET', '/stream?parts=3'));
    const kinds = steps.map((s) => (s.kind === 'event' ? s.payload.type : s.kind));
    // Part 1 is on its way before the I/O for part 3 starts.
    const firstData = kinds.findIndex(
      (k, i) =>
        k === 'wsgi.chunk' &&
        steps[i].kind === 'event' &&
        'bytes' in steps[i].payload &&
        steps[i].payload.bytes > 0,
    );
    expect(firstData).toBeGreaterThan(-1);
    expect(firstData).toBeLessThan(kinds.lastIndexOf('io'));
    expect(text).toBe('part 1 of 3\npart 2 of 3\npart 3 of 3\n');
  });

  it("yields b'' for every piece it collects from an XML answer, instead of blocking", () => {
    const { events } = serve('xml', [{ kind: 'xslt' }], req('GET', '/'));
    const chunks = ofType(events, 'wsgi.chunk');
    expect(chunks[0].bytes).toBe(0);
    expect(chunks.at(-1)!.bytes).toBeGreaterThan(0);
  });
});

describe('profiler', () => {
  it('adds X-Profile-Ms from the virtual cost recorded below it', () => {
    const a = serve('flask', [{ kind: 'profiler' }], req('GET', '/cpu?ms=40'));
    const b = serve('flask', [{ kind: 'profiler' }], req('GET', '/cpu?ms=80'));
    const ms = (r: typeof a) => Number(header(r.response.headers, 'X-Profile-Ms'));
    expect(ms(b) - ms(a)).toBeCloseTo(40, 5);
    expect(ms(a)).toBeGreaterThan(40);
    expect(ofType(a.events, 'middleware.respond')[0].note).toMatchObject({
      code: 'profiler.result',
      total: ms(a),
    });
  });
});

describe('errors', () => {
  it('turns an exception into a 500 via start_response(exc_info)', () => {
    const { response, events, text } = serve('flask', [{ kind: 'errors' }], req('GET', '/boom'));
    expect(response.status).toBe(500);
    expect(text).toContain('ZeroDivisionError');
    expect(ofType(events, 'wsgi.start_response').at(-1)!.excInfo).toMatch(/ZeroDivisionError/);
    expect(ofType(events, 'wsgi.error')).toHaveLength(0);
  });

  it('without it the server answers the 500 itself', () => {
    const { response, events } = serve('flask', [], req('GET', '/boom'));
    expect(response.status).toBe(500);
    expect(ofType(events, 'wsgi.error')).toHaveLength(1);
  });
});

describe('every layer passes close() through', () => {
  it.each([
    [[DISPATCH]],
    [[{ kind: 'gzip' as const }]],
    [[{ kind: 'xslt' as const }]],
    [[{ kind: 'profiler' as const }]],
    [[{ kind: 'errors' as const }]],
    [[{ kind: 'static' as const, prefix: '/static' }]],
    [[{ kind: 'proxyfix' as const, xFor: 1, xProto: 0, xHost: 0, xPrefix: 0 }]],
  ])('%j', (middleware) => {
    const { events } = serve('flask', middleware, req('GET', '/', [['Accept-Encoding', 'gzip']]));
    expect(ofType(events, 'app.exit')).toHaveLength(1);
    expect(ofType(events, 'middleware.exit')).toHaveLength(1);
    expect(events.at(-1)!.type === 'middleware.exit' || events.at(-1)!.type === 'app.exit').toBe(
      true,
    );
  });
});

describe('errors after the headers are sent', () => {
  it('cannot fix the response: start_response re-raises and the server truncates', () => {
    const late = (): Uint8Array => {
      throw new PyError('ValueError', 'late');
    };
    function* body(): Generator<Uint8Array> {
      yield utf8('partial');
      yield late();
    }
    const app: WsgiApp = (_e, sr) => {
      sr('200 OK', [['Content-Type', 'text/plain']]);
      return body();
    };
    const layer = { kind: 'errors' as const, index: 0, actor: 'layer:errors' };
    const run = serveApp(
      () => errors({ kind: 'errors' }, app, layer),
      'ErrorMiddleware(test)',
      'gunicorn',
      req('GET', '/'),
      CONN,
    );
    const events = eventsOf(run.steps);
    expect(run.response.status).toBe(200);
    expect(fromUtf8(run.response.body)).toBe('partial');
    expect(ofType(events, 'middleware.respond').at(-1)!.status).toBe('500 Internal Server Error');
    expect(ofType(events, 'wsgi.error')[0].note.code).toBe('wsgi.after_headers');
  });
});
