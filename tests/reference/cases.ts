/**
 * The requests sent both to the real programs (record.ts) and to the engine
 * (tests/unit/reference.test.ts). A header value `@etag:ID` or
 * `@lastmod:ID[+-Ns]` is taken from the answer to case ID on the same side
 * (real or simulated), so a conditional request asks each server about its
 * own validators.
 */

/** Which real setup answers, and which simulated site mirrors it. */
export type SiteKey =
  | 'proxy' // nginx (docroot + proxy_pass) → gunicorn sync ×2 → echo
  | 'proxy-flask' // the same, the app raising at /boom (the simulated Flask app's /boom)
  | 'shared' // nginx → gunicorn → SharedDataMiddleware(/assets) → echo
  | 'gzip' // nginx → gunicorn → Paste gzip → echo
  | 'uwsgi' // nginx → uWSGI (2 processes) → DispatcherMiddleware(/flask → echo) → echo
  | 'uwsgi-flask' // the same, the app raising at /boom
  | 'wsgiref' // wsgiref.simple_server → echo, no proxy
  | 'wsgiref-flask'; // the same, the app raising at /boom

export interface RefCase {
  id: string;
  site: SiteKey;
  method: string;
  target: string;
  headers?: [string, string][];
  /** A body of this many bytes of `a`. */
  bodyBytes?: number;
}

const line = (len: number, prefix: string): string => {
  // `GET ${target} HTTP/1.1` is `len` bytes long.
  const fill = len - 'GET  HTTP/1.1'.length - prefix.length;
  return prefix + 'a'.repeat(fill);
};

const pad = (n: number, size: number): [string, string][] =>
  Array.from({ length: n }, (_, i) => [`X-Pad-${i + 1}`, 'p'.repeat(size)]);

const GZIP = 'gzip, deflate, br, zstd';

export const CASES: RefCase[] = [
  // nginx's docroot
  { id: 'static-index', site: 'proxy', method: 'GET', target: '/index.html' },
  { id: 'static-css', site: 'proxy', method: 'GET', target: '/style.css' },
  { id: 'static-svg', site: 'proxy', method: 'GET', target: '/logo.svg' },
  { id: 'static-js', site: 'proxy', method: 'GET', target: '/static/app.js' },
  { id: 'static-missing', site: 'proxy', method: 'GET', target: '/favicon.ico' },
  { id: 'static-head', site: 'proxy', method: 'HEAD', target: '/index.html' },
  {
    id: 'ims-exact',
    site: 'proxy',
    method: 'GET',
    target: '/index.html',
    headers: [['If-Modified-Since', '@lastmod:static-index']],
  },
  {
    id: 'ims-later',
    site: 'proxy',
    method: 'GET',
    target: '/index.html',
    headers: [['If-Modified-Since', '@lastmod:static-index+86400s']],
  },
  {
    id: 'ims-earlier',
    site: 'proxy',
    method: 'GET',
    target: '/index.html',
    headers: [['If-Modified-Since', '@lastmod:static-index-86400s']],
  },
  {
    id: 'inm-match',
    site: 'proxy',
    method: 'GET',
    target: '/index.html',
    headers: [['If-None-Match', '@etag:static-index']],
  },
  {
    id: 'inm-other',
    site: 'proxy',
    method: 'GET',
    target: '/index.html',
    headers: [['If-None-Match', '"nope"']],
  },
  { id: 'post-static', site: 'proxy', method: 'POST', target: '/index.html', bodyBytes: 3 },
  { id: 'put-static', site: 'proxy', method: 'PUT', target: '/index.html', bodyBytes: 3 },
  { id: 'delete-static', site: 'proxy', method: 'DELETE', target: '/static/app.js' },
  { id: 'put-missing', site: 'proxy', method: 'PUT', target: '/static/missing.js', bodyBytes: 3 },
  { id: 'delete-missing', site: 'proxy', method: 'DELETE', target: '/static/missing.js' },
  { id: 'post-missing', site: 'proxy', method: 'POST', target: '/static/missing.js', bodyBytes: 3 },
  { id: 'dir-no-slash', site: 'proxy', method: 'GET', target: '/static' },
  { id: 'dir-slash', site: 'proxy', method: 'GET', target: '/static/' },
  // limits: nginx's request line (large_client_header_buffers 4 8k)
  { id: 'line-8190', site: 'proxy', method: 'GET', target: line(8190, '/static/') },
  { id: 'line-8191', site: 'proxy', method: 'GET', target: line(8191, '/static/') },
  { id: 'line-8192', site: 'proxy', method: 'GET', target: line(8192, '/static/') },
  { id: 'line-8193', site: 'proxy', method: 'GET', target: line(8193, '/static/') },
  // limits: gunicorn's request line (limit_request_line 4094)
  { id: 'line-dyn-4094', site: 'proxy', method: 'GET', target: line(4094, '/environ?q=') },
  { id: 'line-dyn-4095', site: 'proxy', method: 'GET', target: line(4095, '/environ?q=') },
  { id: 'line-dyn-6144', site: 'proxy', method: 'GET', target: line(6144, '/environ?q=') },
  // limits: headers
  { id: 'headers-8x3000', site: 'proxy', method: 'GET', target: '/environ', headers: pad(8, 3000) },
  {
    id: 'headers-8x3000-static',
    site: 'proxy',
    method: 'GET',
    target: '/style.css',
    headers: pad(8, 3000),
  },
  { id: 'header-9k', site: 'proxy', method: 'GET', target: '/style.css', headers: pad(1, 9000) },
  { id: 'headers-120', site: 'proxy', method: 'GET', target: '/environ', headers: pad(120, 8) },
  // bodies
  {
    id: 'post-form',
    site: 'proxy',
    method: 'POST',
    target: '/environ',
    headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    bodyBytes: 100,
  },
  { id: 'post-2m', site: 'proxy', method: 'POST', target: '/environ', bodyBytes: 2 * 1024 * 1024 },
  // header names nginx does not pass on
  {
    id: 'header-underscore',
    site: 'proxy',
    method: 'GET',
    target: '/environ',
    headers: [
      ['X_Under', '1'],
      ['X-Fine', '2'],
    ],
  },
  {
    id: 'header-invalid',
    site: 'proxy',
    method: 'GET',
    target: '/environ',
    headers: [
      ['X@Bad', '1'],
      ['X-Fine', '2'],
    ],
  },
  // the app through the proxy
  { id: 'environ', site: 'proxy', method: 'GET', target: '/environ' },
  { id: 'environ-query', site: 'proxy', method: 'GET', target: '/hello?name=ada' },
  { id: 'environ-head', site: 'proxy', method: 'HEAD', target: '/environ' },
  { id: 'app-raises', site: 'proxy-flask', method: 'GET', target: '/boom' },
  // SharedDataMiddleware
  { id: 'shared-css', site: 'shared', method: 'GET', target: '/assets/app.css' },
  { id: 'shared-js', site: 'shared', method: 'GET', target: '/assets/app.js' },
  { id: 'shared-svg', site: 'shared', method: 'GET', target: '/assets/logo.svg' },
  { id: 'shared-head', site: 'shared', method: 'HEAD', target: '/assets/app.css' },
  { id: 'shared-post', site: 'shared', method: 'POST', target: '/assets/app.css', bodyBytes: 3 },
  {
    id: 'shared-inm',
    site: 'shared',
    method: 'GET',
    target: '/assets/app.css',
    headers: [['If-None-Match', '@etag:shared-css']],
  },
  {
    id: 'shared-ims',
    site: 'shared',
    method: 'GET',
    target: '/assets/app.css',
    headers: [['If-Modified-Since', '@lastmod:shared-css']],
  },
  { id: 'shared-missing', site: 'shared', method: 'GET', target: '/assets/missing.css' },
  // Paste gzip
  {
    id: 'gzip-accepted',
    site: 'gzip',
    method: 'GET',
    target: '/environ',
    headers: [['Accept-Encoding', GZIP]],
  },
  { id: 'gzip-not-accepted', site: 'gzip', method: 'GET', target: '/environ' },
  // uWSGI with a dispatcher
  { id: 'uwsgi-environ', site: 'uwsgi', method: 'GET', target: '/environ' },
  { id: 'uwsgi-dispatch', site: 'uwsgi', method: 'GET', target: '/flask/hello/ada' },
  { id: 'uwsgi-no-mount', site: 'uwsgi', method: 'GET', target: '/flaskx' },
  { id: 'uwsgi-raises', site: 'uwsgi-flask', method: 'GET', target: '/boom' },
  // wsgiref
  { id: 'wsgiref-environ', site: 'wsgiref', method: 'GET', target: '/environ' },
  { id: 'wsgiref-query', site: 'wsgiref', method: 'GET', target: '/hello?name=ada' },
  { id: 'wsgiref-raises', site: 'wsgiref-flask', method: 'GET', target: '/boom' },
];

/** Resolves `@etag:ID` / `@lastmod:ID[+-Ns]` against earlier answers on the same side. */
export function resolveHeaders(
  c: RefCase,
  answerOf: (id: string) => { headers: [string, string][] } | undefined,
): [string, string][] {
  return (c.headers ?? []).map(([name, value]) => {
    const m = /^@(etag|lastmod):([\w-]+?)(?:([+-]\d+)s)?$/.exec(value);
    if (!m) return [name, value];
    const answer = answerOf(m[2]);
    const want = m[1] === 'etag' ? 'etag' : 'last-modified';
    const found = answer?.headers.find(([k]) => k.toLowerCase() === want)?.[1];
    if (found === undefined) throw new Error(`case ${c.id}: no ${want} in the answer to ${m[2]}`);
    if (m[1] === 'etag' || !m[3]) return [name, found];
    return [name, new Date(Date.parse(found) + Number(m[3]) * 1000).toUTCString()];
  });
}
