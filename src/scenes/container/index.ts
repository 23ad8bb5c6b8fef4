/** uWSGI as the container: two workers, the echo app with a Flask-like app mounted at /flask. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { get } from '../requests';

export const scene = defineScene({
  id: 'container',
  title: { en: 'WSGI servers', ko: 'WSGI 서버' },
  blurb: {
    en: 'gunicorn, uWSGI and mod_wsgi are containers, not middleware.',
    ko: 'gunicorn, uWSGI, mod_wsgi는 미들웨어가 아니라 컨테이너입니다.',
  },
  figure: 'stage',
  scenario: {
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
});
