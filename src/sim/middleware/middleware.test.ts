/** Layers that read the request: route it, answer it from files, rewrite environ, guard it. */
import { describe, expect, it } from 'vitest';
import { DISPATCH, header, ofType, req, serve } from '../wsgi/testkit';
import { matchMount } from './dispatcher';
import { trustedValue } from './proxyfix';
import { parseBasic } from './auth';

describe('dispatcher (Werkzeug DispatcherMiddleware)', () => {
  it('matches the longest whole-segment prefix', () => {
    expect(matchMount('/api/users/1', ['/api', '/api/users'])).toEqual({
      script: '/api/users',
      rest: '/1',
    });
    expect(matchMount('/api/users/1', ['/api'])).toEqual({ script: '/api', rest: '/users/1' });
    expect(matchMount('/apix', ['/api'])).toBeNull();
    expect(matchMount('/api', ['/api'])).toEqual({ script: '/api', rest: '' });
  });

  it('/api/users/1 → the /api app with SCRIPT_NAME /api and PATH_INFO /users/1', () => {
    const { text, events } = serve('flask', [DISPATCH], req('GET', '/api/users/1'));
    const env = JSON.parse(text);
    expect(env.SCRIPT_NAME).toBe('/api');
    expect(env.PATH_INFO).toBe('/users/1');
    expect(ofType(events, 'app.enter')[0]).toMatchObject({ app: 'echo', mount: '/api' });
    expect(ofType(events, 'middleware.enter')[0].changes).toEqual([
      { key: 'PATH_INFO', from: '/api/users/1', to: '/users/1' },
      { key: 'SCRIPT_NAME', from: '', to: '/api' },
    ]);
  });

  it('/apix → the default app, environ untouched', () => {
    const { response, events } = serve('flask', [DISPATCH], req('GET', '/apix'));
    expect(response.status).toBe(404);
    expect(ofType(events, 'app.enter')[0].app).toBe('flask');
    expect(ofType(events, 'middleware.enter')[0].changes).toEqual([]);
  });
});

describe('static (SharedDataMiddleware)', () => {
  const ST = [{ kind: 'static' as const, prefix: '/static' }];
  it('answers exported files itself with validators; the app is never called', () => {
    const { response, events } = serve('files', ST, req('GET', '/static/app.css'));
    expect(response.status).toBe(200);
    for (const h of ['ETag', 'Cache-Control', 'Content-Type', 'Content-Length', 'Last-Modified']) {
      expect(header(response.headers, h)).toBeDefined();
    }
    expect(ofType(events, 'app.enter')).toHaveLength(0);
    const etag = header(response.headers, 'ETag')!;
    const again = serve('files', ST, req('GET', '/static/app.css', [['If-None-Match', etag]]));
    expect(again.response.status).toBe(304);
    expect(again.response.body).toHaveLength(0);
  });

  it('passes other paths (and missing files) to the app', () => {
    expect(serve('files', ST, req('GET', '/')).response.status).toBe(200);
    const missing = serve('files', ST, req('GET', '/static/missing.css'));
    expect(missing.response.status).toBe(404);
    expect(ofType(missing.events, 'app.enter')).toHaveLength(1);
  });
});

describe('proxyfix', () => {
  const PF = [{ kind: 'proxyfix' as const, xFor: 1, xProto: 1, xHost: 1, xPrefix: 1 }];
  it('trusts the right-most N values', () => {
    expect(trustedValue(1, 'spoof, 203.0.113.9')).toBe('203.0.113.9');
    expect(trustedValue(2, 'a, b')).toBe('a');
    expect(trustedValue(3, 'a, b')).toBeNull();
    expect(trustedValue(0, 'a')).toBeNull();
  });

  it('rewrites environ from X-Forwarded-* and keeps the originals', () => {
    const { text } = serve(
      'echo',
      PF,
      req('GET', '/', [
        ['X-Forwarded-For', '203.0.113.9'],
        ['X-Forwarded-Proto', 'http'],
        ['X-Forwarded-Host', 'example.org:8080'],
        ['X-Forwarded-Prefix', '/app'],
      ]),
    );
    const env = JSON.parse(text);
    expect(env.REMOTE_ADDR).toBe('203.0.113.9');
    expect(env['wsgi.url_scheme']).toBe('http');
    expect(env.HTTP_HOST).toBe('example.org:8080');
    expect(env.SERVER_NAME).toBe('example.org');
    expect(env.SERVER_PORT).toBe('8080');
    expect(env.SCRIPT_NAME).toBe('/app');
    expect(JSON.parse(env['werkzeug.proxy_fix.orig']).REMOTE_ADDR).toBe('10.0.0.7');
  });
});

describe('auth (Basic)', () => {
  const AUTH = [
    { kind: 'auth' as const, realm: 'admin', users: { ada: 'lovelace' }, protect: ['/environ'] },
  ];
  const basic = (s: string) => `Basic ${btoa(s)}`;
  it('parses Basic credentials', () => {
    expect(parseBasic(basic('ada:love:lace'))).toEqual(['ada', 'love:lace']);
    expect(parseBasic('Bearer x')).toBeNull();
  });

  it('401 with WWW-Authenticate without calling the app', () => {
    const { response, events } = serve('flask', AUTH, req('GET', '/environ'));
    expect(response.status).toBe(401);
    expect(header(response.headers, 'WWW-Authenticate')).toMatch(/^Basic realm="admin"/);
    expect(ofType(events, 'app.enter')).toHaveLength(0);
    expect(
      serve('flask', AUTH, req('GET', '/environ', [['Authorization', basic('ada:wrong')]])).response
        .status,
    ).toBe(401);
  });

  it('sets REMOTE_USER on success and ignores unprotected paths', () => {
    const { text } = serve(
      'flask',
      AUTH,
      req('GET', '/environ', [['Authorization', basic('ada:lovelace')]]),
    );
    expect(JSON.parse(text).REMOTE_USER).toBe('ada');
    expect(serve('flask', AUTH, req('GET', '/environment')).response.status).toBe(404);
  });
});
