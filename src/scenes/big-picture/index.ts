/** The whole path in one run: a static file, dynamic requests, an error, and a small queue. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every, flask, get } from '../requests';

export const scene = defineScene({
  id: 'big-picture',
  title: { en: 'The big picture', ko: '전체 그림' },
  blurb: {
    en: 'The whole path in one run, under a small load.',
    ko: '가벼운 부하에서 전체 경로를 한 번에 봅니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 12,
    site: siteWith({ wsgi: flask }),
    requests: [
      get(0, '/index.html'),
      get(20, '/environ'),
      get(40, '/boom'),
      ...every(60, 3, ['/slow', '/slow', '/slow', '/environ', '/environ', '/slow']),
    ],
  },
});
