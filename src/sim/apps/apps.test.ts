import { describe, expect, it } from 'vitest';
import { header, ofType, req, serve } from '../wsgi/testkit';

describe('echo', () => {
  it('answers the environ it received as sorted JSON, for any path', () => {
    const { response, text } = serve('echo', [], req('GET', '/any/where?x=1'));
    expect(response.status).toBe(200);
    const env = JSON.parse(text);
    expect(env.PATH_INFO).toBe('/any/where');
    expect(env['wsgi.version']).toEqual([1, 0]);
    expect(env['wsgi.multiprocess']).toBe(true);
    expect(env['wsgi.input']).toBe('<wsgi.input: 0 bytes>');
    expect(Object.keys(env)).toEqual([...Object.keys(env)].sort());
  });
});

describe('flask', () => {
  it('routes /hello/<name> and emits route, view and template steps', () => {
    const { text, events } = serve('flask', [], req('GET', '/hello/ada'));
    expect(text).toContain('Hello, ada!');
    const codes = ofType(events, 'app.step').map((e) => e.note.code);
    expect(codes).toEqual(expect.arrayContaining(['app.route', 'app.view', 'app.template']));
    expect(ofType(events, 'app.step').find((e) => e.note.code === 'app.route')!.note).toEqual({
      code: 'app.route',
      rule: '/hello/<name>',
      endpoint: 'hello',
      params: { name: 'ada' },
    });
  });

  it('404 for unknown paths, 405 with Allow for a wrong method', () => {
    expect(serve('flask', [], req('GET', '/nope')).response.status).toBe(404);
    const wrong = serve('flask', [], req('POST', '/hello/ada'));
    expect(wrong.response.status).toBe(405);
    expect(header(wrong.response.headers, 'Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('models cost: /slow is io, /block blocking io, /cpu cpu', () => {
    const io = serve('flask', [], req('GET', '/slow?ms=300')).steps.find(
      (s) => s.kind === 'io' && s.ms === 300,
    );
    expect(io).toMatchObject({ blocking: false });
    const block = serve('flask', [], req('GET', '/block')).steps.find(
      (s) => s.kind === 'io' && s.ms === 200,
    );
    expect(block).toMatchObject({ blocking: true });
    expect(
      serve('flask', [], req('GET', '/cpu')).steps.some((s) => s.kind === 'cpu' && s.ms === 100),
    ).toBe(true);
  });

  it('/boom raises out of the app', () => {
    const { events } = serve('flask', [], req('GET', '/boom'));
    expect(ofType(events, 'app.raise')[0].exception).toBe('ZeroDivisionError: division by zero');
  });

  it('/upload reads wsgi.input and reports fields and files', () => {
    const body =
      '--XY\r\nContent-Disposition: form-data; name="title"\r\n\r\nhi\r\n' +
      '--XY\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n12345\r\n--XY--\r\n';
    const { text } = serve(
      'flask',
      [],
      req('POST', '/upload', [['Content-Type', 'multipart/form-data; boundary=XY']], body),
    );
    const out = JSON.parse(text);
    expect(out.bytes).toBe(body.length);
    expect(out.fields).toEqual({ title: 'hi' });
    expect(out.files).toEqual([
      { field: 'f', filename: 'a.txt', bytes: 5, contentType: 'text/plain' },
    ]);
    const form = JSON.parse(
      serve(
        'flask',
        [],
        req(
          'POST',
          '/upload',
          [['Content-Type', 'application/x-www-form-urlencoded']],
          'a=1&b=x+y',
        ),
      ).text,
    );
    expect(form.fields).toEqual({ a: '1', b: 'x y' });
  });

  it("/stream yields b'' first, then several chunks with io between them, no Content-Length", () => {
    const { events, response, steps, text } = serve('flask', [], req('GET', '/stream'));
    expect(ofType(events, 'wsgi.chunk').map((c) => c.bytes > 0)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(header(response.headers, 'Content-Length')).toBeUndefined();
    expect(header(ofType(events, 'wsgi.headers_sent')[0].headers, 'Transfer-Encoding')).toBe(
      'chunked',
    );
    expect(text).toBe('part 1 of 4\npart 2 of 4\npart 3 of 4\npart 4 of 4\n');
    const kinds = steps.map((s) => (s.kind === 'event' ? s.payload.type : s.kind));
    const first = kinds.indexOf('wsgi.headers_sent');
    // Under gunicorn the b'' sends the headers (no data), then I/O for part 1 → part 1.
    expect(kinds.slice(first, first + 5)).toEqual([
      'wsgi.headers_sent',
      'wsgi.chunk',
      'io',
      'cpu',
      'wsgi.chunk',
    ]);
  });

  it('/stream?parts=N sets the number of parts', () => {
    const { events, text } = serve('flask', [], req('GET', '/stream?parts=3'));
    expect(ofType(events, 'wsgi.chunk').filter((c) => c.bytes > 0)).toHaveLength(3);
    expect(text).toBe('part 1 of 3\npart 2 of 3\npart 3 of 3\n');
  });

  it('pops the request context when wsgi_app returns: after start_response, before the body is iterated', () => {
    for (const path of ['/stream', '/hello/ada']) {
      const { events } = serve('flask', [], req('GET', path));
      const types = events.map((e) => e.type);
      const teardown = events.findIndex(
        (e) => e.type === 'app.step' && e.note.code === 'app.teardown',
      );
      expect(teardown).toBeGreaterThan(types.indexOf('wsgi.start_response'));
      expect(teardown).toBeLessThan(types.indexOf('wsgi.chunk'));
      expect(types.indexOf('app.exit')).toBeLessThan(types.indexOf('wsgi.chunk'));
      expect(types.indexOf('wsgi.close')).toBeGreaterThan(types.indexOf('app.exit'));
    }
  });

  it('pops the request context on an exception too, before the server sees it', () => {
    const { events } = serve('flask', [], req('GET', '/boom'));
    const teardown = events.findIndex(
      (e) => e.type === 'app.step' && e.note.code === 'app.teardown',
    );
    expect(teardown).toBeGreaterThan(events.findIndex((e) => e.type === 'app.raise'));
    expect(teardown).toBeLessThan(events.findIndex((e) => e.type === 'wsgi.error'));
  });

  it('/environ/<path> answers like echo', () => {
    expect(JSON.parse(serve('flask', [], req('GET', '/environ/a/b')).text).PATH_INFO).toBe(
      '/environ/a/b',
    );
  });
});

describe('django', () => {
  it('runs its own middleware, resolver, view and template; close() fires request_finished', () => {
    const { text, events, response } = serve('django', [], req('GET', '/articles/3/'));
    expect(text).toContain('Article 3');
    expect(header(response.headers, 'X-Content-Type-Options')).toBe('nosniff');
    const steps = ofType(events, 'app.step');
    expect(steps.filter((s) => s.note.code === 'app.django_middleware')).toHaveLength(6);
    const finished = events.findIndex(
      (e) =>
        e.type === 'app.step' &&
        e.note.code === 'app.signal' &&
        e.note.signal === 'request_finished',
    );
    expect(finished).toBeGreaterThan(events.findIndex((e) => e.type === 'wsgi.close'));
  });

  it('APPEND_SLASH redirects, unknown paths 404', () => {
    const r = serve('django', [], req('GET', '/articles/3'));
    expect(r.response.status).toBe(301);
    expect(header(r.response.headers, 'Location')).toBe('/articles/3/');
    expect(serve('django', [], req('GET', '/articles/x/')).response.status).toBe(404);
  });
});

describe('determinism', () => {
  it('same input → identical steps and response', () => {
    const mw = [{ kind: 'profiler' as const }, { kind: 'gzip' as const }];
    const a = serve('flask', mw, req('GET', '/stream', [['Accept-Encoding', 'gzip']]));
    const b = serve('flask', mw, req('GET', '/stream', [['Accept-Encoding', 'gzip']]));
    expect(a.steps).toEqual(b.steps);
    expect(a.response).toEqual(b.response);
  });
});
