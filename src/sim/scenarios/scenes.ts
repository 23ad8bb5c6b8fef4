/**
 * One scenario per scene of the storyboard: a site and a short script of
 * requests. Traces stay small (tens to a few hundred events) so a learner can
 * step through them.
 */
import type { HeaderList, Scenario, SceneId, ScriptedRequest } from '../types';
import { defaultSite, siteWith } from './site';

const get = (at: number, path: string, more: Partial<ScriptedRequest> = {}): ScriptedRequest => ({
  at,
  method: 'GET',
  path,
  ...more,
});
const every = (start: number, gap: number, paths: string[]) =>
  paths.map((p, i) => get(start + i * gap, p));
const gzip: HeaderList = [
  ['Host', 'demo.test'],
  ['Accept-Encoding', 'gzip'],
];

/** Apache in front of its own children: the HTTP layer runs inside the process that accepted. */
const apache = { name: 'Apache httpd', mode: 'embedded' as const };
/** The Flask-like demo app has /slow (I/O), /cpu (CPU), /block (a blocking call), /boom (raises). */
const flask = { app: 'flask' as const };

export const scenarios: Record<SceneId, Scenario> = {
  static: {
    id: 'static',
    seed: 1,
    site: defaultSite,
    requests: every(0, 20, ['/index.html', '/style.css', '/logo.svg', '/favicon.ico']),
  },
  fork: {
    id: 'fork',
    seed: 2,
    site: siteWith({
      dispatch: { model: 'fork', processes: 1 },
      web: apache,
      wsgi: { server: 'wsgiref' },
    }),
    requests: [get(0, '/environ'), get(5, '/hello?name=ada'), get(40, '/environ')],
  },
  prefork: {
    id: 'prefork',
    seed: 3,
    site: siteWith({ dispatch: { model: 'prefork', processes: 3, maxRequests: 3 }, wsgi: flask }),
    requests: [
      ...every(0, 2, ['/slow', '/slow', '/slow', '/slow', '/slow']),
      ...every(700, 20, ['/environ', '/environ', '/environ', '/environ', '/environ']),
    ],
    faults: [{ at: 100, kind: 'crash-worker' }],
  },
  'process-vs-thread': {
    id: 'process-vs-thread',
    seed: 4,
    site: siteWith({ dispatch: { model: 'threads', processes: 1, threads: 2 }, wsgi: flask }),
    requests: [get(0, '/cpu?ms=40'), get(0, '/cpu?ms=40'), get(200, '/slow'), get(200, '/slow')],
  },
  threads: {
    id: 'threads',
    seed: 5,
    site: siteWith({ dispatch: { model: 'threads', processes: 2, threads: 4 }, wsgi: flask }),
    requests: [
      ...every(0, 2, ['/slow', '/slow', '/slow', '/slow']),
      ...every(10, 2, ['/cpu?ms=30', '/cpu?ms=30', '/cpu?ms=30', '/cpu?ms=30']),
      get(30, '/environ'),
    ],
  },
  'event-loop': {
    id: 'event-loop',
    seed: 6,
    site: siteWith({
      dispatch: { model: 'event', processes: 1, connectionsPerWorker: 1000 },
      wsgi: flask,
    }),
    requests: [
      ...every(0, 5, ['/slow', '/slow', '/slow', '/slow', '/slow']),
      get(40, '/block'),
      get(50, '/environ'),
    ],
  },
  'reverse-proxy': {
    id: 'reverse-proxy',
    seed: 7,
    site: siteWith({ dispatch: { processes: 1 } }),
    requests: [
      get(0, '/index.html'),
      get(10, '/environ'),
      get(20, '/environ', {
        uploadMs: 400,
        downloadMs: 400,
        method: 'POST',
        body: 'name=ada&lang=python',
      }),
      get(50, '/style.css'),
      get(60, '/environ'),
    ],
  },
  wsgi: {
    id: 'wsgi',
    seed: 8,
    site: siteWith({ wsgi: flask }),
    // A streamed body (b'', then 3 parts, no Content-Length), then an early exception.
    requests: [get(0, '/stream?parts=3'), get(300, '/boom')],
  },
  middleware: {
    id: 'middleware',
    seed: 9,
    site: siteWith({
      wsgi: {
        middleware: [
          { kind: 'auth', realm: 'admin', users: { ada: 'lovelace' }, protect: ['/admin'] },
          { kind: 'static', prefix: '/assets' },
          { kind: 'gzip' },
          { kind: 'xslt' },
          { kind: 'dispatcher', mounts: { '/api': 'flask', '/docs': 'xml' } },
        ],
        app: 'echo',
      },
    }),
    requests: [
      get(0, '/api/hello/ada'),
      get(50, '/environ', { headers: gzip }),
      get(100, '/docs/index.xml'),
      get(150, '/assets/app.css'),
      get(200, '/admin/'),
    ],
  },
  container: {
    id: 'container',
    seed: 10,
    site: siteWith({
      wsgi: {
        server: 'uwsgi',
        middleware: [{ kind: 'dispatcher', mounts: { '/flask': 'flask' } }],
        app: 'echo',
      },
    }),
    requests: [get(0, '/environ'), get(50, '/flask/hello/ada')],
  },
  framework: {
    id: 'framework',
    seed: 11,
    site: siteWith({
      wsgi: { middleware: [{ kind: 'dispatcher', mounts: { '/django': 'django' } }], app: 'flask' },
    }),
    requests: [get(0, '/hello/ada'), get(100, '/django/articles/1/')],
  },
  'big-picture': {
    id: 'big-picture',
    seed: 12,
    site: siteWith({ wsgi: flask }),
    requests: [
      get(0, '/index.html'),
      get(20, '/environ'),
      get(40, '/boom'),
      ...every(60, 3, ['/slow', '/slow', '/slow', '/environ', '/environ', '/slow']),
    ],
  },
  'load-lab': {
    id: 'load-lab',
    seed: 13,
    site: siteWith({ wsgi: flask }),
    requests: every(
      0,
      10,
      Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0 ? '/slow' : i % 4 === 1 ? '/style.css' : '/environ',
      ),
    ),
  },
};
