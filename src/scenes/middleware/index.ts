/** A stack of five layers (auth, static, gzip, xslt, a dispatcher) around the echo app. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { get, gzip } from '../requests';

export const scene = defineScene({
  id: 'middleware',
  title: { en: 'Middleware', ko: '미들웨어' },
  blurb: {
    en: 'An onion of layers, each an app above and a server below.',
    ko: '양파처럼 겹친 레이어: 위에서 보면 앱, 아래에서 보면 서버.',
  },
  figure: 'stage',
  scenario: {
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
  examples: [
    { method: 'GET', url: '/api/hello/ada' },
    { method: 'GET', url: '/docs/index.xml' },
    { method: 'GET', url: '/admin/' },
  ],
});
