import { describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse, WebServerConfig } from '../types';
import { fromUtf8, utf8 } from './bytes';
import { frontDoor } from './frontDoor';
import { SIM_EPOCH_MS } from './date';

const web: WebServerConfig = {
  name: 'nginx',
  docroot: {
    '/static/site.css': {
      contentType: 'text/css',
      body: 'h1{color:red}',
      mtime: SIM_EPOCH_MS - 86_400_000,
    },
  },
  staticPrefixes: ['/static/'],
  limits: { maxBodyBytes: 100, maxUriBytes: 64, maxHeaderBytes: 200 },
  mode: 'proxy',
  buffering: true,
  upstreamTimeoutMs: 60_000,
  connectTimeoutMs: 60_000,
};

const r = (
  method: string,
  path: string,
  headers: [string, string][] = [],
  body = '',
): HttpRequest => ({
  method,
  url: path.startsWith('http') || path.includes(':') ? path : `https://demo.test${path}`,
  headers,
  body: utf8(body),
});

function answer(request: HttpRequest) {
  const out = frontDoor(web, request, 'proxy');
  if (out.kind !== 'respond') throw new Error('expected the front door to answer');
  return out;
}

const NGINX_400 =
  '<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n' +
  '<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n';
const contentType = (res: HttpResponse) => Object.fromEntries(res.headers)['Content-Type'];

describe('frontDoor', () => {
  it('passes a dynamic request on after http.parse', () => {
    const out = frontDoor(web, r('GET', '/hello/ada?x=1', [['Host', 'demo.test']]), 'proxy');
    expect(out.kind).toBe('dynamic');
    expect(out.steps).toHaveLength(1);
    const ev = out.steps[0];
    expect(ev.kind === 'event' && ev.payload.type === 'http.parse' && ev.payload.requestLine).toBe(
      'GET /hello/ada?x=1 HTTP/1.1',
    );
  });

  it.each([
    ['lower-case method', r('get', '/'), 'reject.method'],
    ['method with a space', r('GE T', '/'), 'reject.method'],
    ['relative URL', r('GET', '/x'.replace('/x', 'not a url')), 'reject.url'],
    ['non-HTTP scheme', r('GET', 'ftp://demo.test/'), 'reject.scheme'],
    [
      'header value with CRLF',
      r('GET', '/', [['X-A', 'a\r\nX-Injected: 1']]),
      'reject.header_value',
    ],
  ])('400 for a malformed request: %s', (_what, request, code) => {
    const out = answer(request);
    expect(out.response.status).toBe(400);
    expect(out.steps.map((s) => s.kind === 'event' && s.payload.type)).toEqual([
      'http.parse',
      'http.reject',
    ]);
    // nginx's own page; why, for the learner, is in the trace event only
    expect(fromUtf8(out.response.body)).toBe(NGINX_400);
    expect(contentType(out.response)).toBe('text/html');
    const ev = out.steps[1];
    expect(
      ev.kind === 'event' && ev.payload.type === 'http.reject' && ev.payload.note,
    ).toMatchObject({ code });
  });

  it('414 when the request line is longer than maxUriBytes, before anything else', () => {
    const out = answer(r('GET', `/${'a'.repeat(80)}`, [], 'x'.repeat(500)));
    expect(out.response.status).toBe(414);
  });

  it('too many header bytes: 400 "Request Header Or Cookie Too Large" as nginx answers (not 431); 413 when the body is too big', () => {
    const headers = answer(r('GET', '/', [['Cookie', 'c'.repeat(300)]]));
    expect(headers.response).toMatchObject({ status: 400, reason: 'Bad Request' });
    const page = fromUtf8(headers.response.body);
    expect(page).toContain('<title>400 Request Header Or Cookie Too Large</title>');
    expect(page).toContain(
      '<center><h1>400 Bad Request</h1></center>\r\n<center>Request Header Or Cookie Too Large</center>',
    );
    const big = answer(r('POST', '/upload', [], 'b'.repeat(101)));
    expect(big.response).toMatchObject({ status: 413, reason: 'Request Entity Too Large' });
    expect(fromUtf8(big.response.body)).toContain(
      '<center><h1>413 Request Entity Too Large</h1></center>',
    );
    const ev = big.steps[1];
    expect(ev.kind === 'event' && ev.payload.type === 'http.reject' && ev.payload.note).toEqual({
      code: 'reject.body_too_large',
      bytes: 101,
      max: 100,
    });
    expect(frontDoor(web, r('POST', '/upload', [], 'b'.repeat(100)), 'proxy').kind).toBe('dynamic');
  });

  it('the header limit is per line (one buffer each, four in all); the request line counts its CRLF', () => {
    // Buffers of 200 bytes here: four 150-byte lines pass, one 201-byte line does not, nor do six.
    const line = (i: number, n: number): [string, string] => [`X-${i}`, 'v'.repeat(n - 7)];
    const lines = (count: number) => Array.from({ length: count }, (_, i) => line(i, 150));
    expect(answer(r('GET', '/static/site.css', lines(3))).response.status).toBe(200);
    expect(answer(r('GET', '/static/site.css', [line(1, 201)])).response.status).toBe(400);
    expect(answer(r('GET', '/static/site.css', lines(6))).response.status).toBe(400);
    // maxUriBytes 64: a 62-byte request line with its CRLF fits, 63 does not.
    const target = (n: number) => `/static/${'a'.repeat(n - 'GET  HTTP/1.1'.length - 8)}`;
    expect(answer(r('GET', target(62))).response.status).toBe(404);
    expect(answer(r('GET', target(63))).response.status).toBe(414);
  });

  it('a directory without its slash is a 301 to the slashed URL; with it, 403', () => {
    const moved = answer(r('GET', '/static?x=1')).response;
    expect(moved).toMatchObject({ status: 301, reason: 'Moved Permanently' });
    expect(Object.fromEntries(moved.headers)['Location']).toBe('https://demo.test/static/?x=1');
    expect(answer(r('GET', '/static/')).response.status).toBe(403);
  });

  it('limits apply to static paths too', () => {
    expect(
      answer(r('GET', '/static/site.css', [['Cookie', 'c'.repeat(300)]])).response.status,
    ).toBe(400);
  });

  it('notes but accepts a body on GET', () => {
    const out = frontDoor(web, r('GET', '/x', [], 'hi'), 'proxy');
    expect(out.kind).toBe('dynamic');
    const ev = out.steps[0];
    expect(ev.kind === 'event' && ev.payload.type === 'http.parse' && ev.payload.note).toEqual({
      code: 'parse.get_body',
      method: 'GET',
    });
  });

  it('serves a static file with validators, and HEAD without a body', () => {
    const get = answer(r('GET', '/static/site.css')).response;
    expect(get.status).toBe(200);
    expect(fromUtf8(get.body)).toBe('h1{color:red}');
    const h = Object.fromEntries(get.headers);
    expect(h['Content-Length']).toBe('13');
    expect(h['Content-Type']).toBe('text/css');
    expect(h['ETag']).toBe(`"${Math.floor((SIM_EPOCH_MS - 86_400_000) / 1000).toString(16)}-d"`);
    expect(h['Last-Modified']).toBe('Sun, 05 Jan 2025 09:00:00 GMT');
    const head = answer(r('HEAD', '/static/site.css')).response;
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(Object.fromEntries(head.headers)['Content-Length']).toBe('13');
  });

  it('304 on a matching If-None-Match or If-Modified-Since, 200 otherwise', () => {
    const etag = Object.fromEntries(answer(r('GET', '/static/site.css')).response.headers)['ETag'];
    const cached = answer(r('GET', '/static/site.css', [['If-None-Match', etag]])).response;
    expect(cached.status).toBe(304);
    expect(cached.body).toHaveLength(0);
    expect(
      answer(r('GET', '/static/site.css', [['If-None-Match', '"other"']])).response.status,
    ).toBe(200);
    // if_modified_since exact (nginx's default): only the file's own date is a 304.
    const lastModified = Object.fromEntries(answer(r('GET', '/static/site.css')).response.headers)[
      'Last-Modified'
    ];
    const since = (date: string) =>
      answer(r('GET', '/static/site.css', [['If-Modified-Since', date]])).response.status;
    expect(since(lastModified)).toBe(304);
    const later = new Date(Date.parse(lastModified) + 86_400_000).toUTCString();
    expect(since(later)).toBe(200);
  });

  it('drops header names nginx finds invalid (space, underscore) and goes on, saying so', () => {
    const out = r('GET', '/static/site.css', [
      ['Bad Name', 'x'],
      ['X_Under', 'y'],
    ]);
    const result = answer(out);
    expect(result.response.status).toBe(200);
    const parse = result.steps[0];
    expect(
      parse.kind === 'event' && parse.payload.type === 'http.parse' && parse.payload.note,
    ).toEqual({ code: 'parse.dropped_headers', names: ['Bad Name', 'X_Under'] });
  });

  it('404 for a missing file under a static prefix; 405 without Allow for POST, and for PUT even on a missing file', () => {
    const missing = answer(r('GET', '/static/nope.js'));
    expect(missing.response.status).toBe(404);
    expect(missing.steps.some((s) => s.kind === 'event' && s.payload.type === 'web.static')).toBe(
      true,
    );
    expect(contentType(missing.response)).toBe('text/html');
    expect(fromUtf8(missing.response.body)).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n' +
        '<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    );
    const post = answer(r('POST', '/static/site.css', [], 'x')).response;
    expect(post).toMatchObject({ status: 405, reason: 'Not Allowed' });
    expect(Object.fromEntries(post.headers)['Allow']).toBeUndefined();
    expect(answer(r('PUT', '/static/nope.js', [], 'x')).response.status).toBe(405);
    expect(answer(r('POST', '/static/nope.js', [], 'x')).response.status).toBe(404);
  });

  it('Apache (embedded) answers with its own page shape', () => {
    const out = frontDoor(
      { ...web, name: 'Apache httpd', mode: 'embedded' },
      r('GET', '/static/nope.js'),
      'proc:1',
    );
    if (out.kind !== 'respond') throw new Error('expected an answer');
    expect(contentType(out.response)).toBe('text/html; charset=iso-8859-1');
    const page = fromUtf8(out.response.body);
    expect(page).toContain('<title>404 Not Found</title>');
    expect(page).toContain('<h1>Not Found</h1>');
    expect(page).toContain(
      '<address>Apache/2.4.62 (Debian) Server at demo.test Port 443</address>',
    );
  });

  it('is deterministic', () => {
    const a = frontDoor(web, r('GET', '/static/site.css'), 'proxy');
    const b = frontDoor(web, r('GET', '/static/site.css'), 'proxy');
    expect(a).toEqual(b);
  });
});
