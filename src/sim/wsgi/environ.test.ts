import { describe, expect, it } from 'vitest';
import { CONN, req } from './testkit';
import { buildEnviron, snapshotEnviron } from './environ';
import { WsgiInput } from './streams';

describe('buildEnviron (PEP 3333)', () => {
  const request = req(
    'POST',
    '/caf%C3%A9/x?q=%C3%A9&a=1',
    [
      ['Host', 'demo.test'],
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ['Content-Length', '3'],
      ['X-Forwarded-For', '1.1.1.1'],
      ['Accept-Language', 'ko'],
    ],
    'a=1',
  );
  const env = buildEnviron(
    request,
    { ...CONN, forwardedHeaders: [['X-Forwarded-For', '10.0.0.1']] },
    'gunicorn',
  );

  it('has the required CGI keys with native-string values', () => {
    expect(env.REQUEST_METHOD).toBe('POST');
    expect(env.SCRIPT_NAME).toBe('');
    expect(env.SERVER_NAME).toBe('demo.test');
    expect(env.SERVER_PORT).toBe('443');
    expect(env.SERVER_PROTOCOL).toBe('HTTP/1.1');
    expect(env.REMOTE_ADDR).toBe('10.0.0.7');
    expect(env.REMOTE_PORT).toBe('51234');
    expect(env.SERVER_SOFTWARE).toMatch(/^gunicorn\//);
  });

  it('decodes PATH_INFO to bytes then latin-1, and leaves QUERY_STRING raw', () => {
    expect(env.PATH_INFO).toBe('/cafÃ©/x');
    expect(env.QUERY_STRING).toBe('q=%C3%A9&a=1');
  });

  it('puts Content-Type/Length in CONTENT_*, never HTTP_CONTENT_*', () => {
    expect(env.CONTENT_TYPE).toBe('application/x-www-form-urlencoded');
    expect(env.CONTENT_LENGTH).toBe('3');
    expect('HTTP_CONTENT_TYPE' in env).toBe(false);
    expect('HTTP_CONTENT_LENGTH' in env).toBe(false);
  });

  it('maps other headers to HTTP_* and joins duplicates with a comma', () => {
    expect(env.HTTP_ACCEPT_LANGUAGE).toBe('ko');
    expect(env.HTTP_HOST).toBe('demo.test');
    expect(env.HTTP_X_FORWARDED_FOR).toBe('1.1.1.1,10.0.0.1');
  });

  it('omits CONTENT_* when the request has none; wsgiref fills in its CGI defaults', () => {
    const get = buildEnviron(req('GET', '/'), CONN, 'gunicorn');
    expect('CONTENT_TYPE' in get).toBe(false);
    expect('CONTENT_LENGTH' in get).toBe(false);
    expect(get.PATH_INFO).toBe('/');
    const ref = buildEnviron(req('GET', '/'), CONN, 'wsgiref');
    expect(ref).toMatchObject({
      CONTENT_TYPE: 'text/plain',
      CONTENT_LENGTH: '',
      GATEWAY_INTERFACE: 'CGI/1.1',
    });
    expect(ref['wsgi.run_once']).toBe(false);
  });

  it('has the wsgi.* keys, with streams described in the snapshot', () => {
    const snap = snapshotEnviron(env);
    expect(snap['wsgi.version']).toEqual([1, 0]);
    expect(snap['wsgi.url_scheme']).toBe('https');
    expect(snap['wsgi.input']).toBe('<wsgi.input: 3 bytes>');
    expect(typeof snap['wsgi.errors']).toBe('string');
    expect(snap['wsgi.multithread']).toBe(false);
    expect(snap['wsgi.multiprocess']).toBe(true);
    expect(snap['wsgi.run_once']).toBe(false);
    expect(Object.keys(snap)).toEqual([...Object.keys(snap)].sort());
  });

  it('wsgi.input reads the body and stops at its end', () => {
    const input = env['wsgi.input'] as WsgiInput;
    expect(new TextDecoder().decode(input.read(2))).toBe('a=');
    expect(new TextDecoder().decode(input.read())).toBe('1');
    expect(input.read()).toHaveLength(0);
  });
});
