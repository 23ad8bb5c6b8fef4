/** A Flask-like app at the root and a Django-like one mounted at /django. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { get } from '../requests';

export const scene = defineScene({
  id: 'framework',
  title: { en: 'Frameworks', ko: '프레임워크' },
  blurb: {
    en: 'A Flask-like app next to a Django-like one.',
    ko: 'Flask 같은 앱과 Django 같은 앱을 나란히 봅니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 11,
    site: siteWith({
      wsgi: { middleware: [{ kind: 'dispatcher', mounts: { '/django': 'django' } }], app: 'flask' },
    }),
    requests: [get(0, '/hello/ada'), get(100, '/django/articles/1/')],
  },
  examples: [{ method: 'GET', url: '/django/articles/1/' }],
});
