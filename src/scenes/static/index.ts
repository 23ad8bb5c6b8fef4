/** nginx answers files from its document root; a missing one is a 404. No Python runs. */
import { defaultSite } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every } from '../requests';

export const scene = defineScene({
  id: 'static',
  title: { en: 'Static files', ko: '정적 파일' },
  blurb: {
    en: 'The web server answers from its document root. No Python runs.',
    ko: '웹 서버가 문서 루트에서 바로 응답합니다. 파이썬은 돌지 않습니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 1,
    site: defaultSite,
    requests: every(0, 20, ['/index.html', '/style.css', '/logo.svg', '/favicon.ico']),
  },
  examples: [
    { method: 'GET', url: '/index.html' },
    { method: 'GET', url: '/style.css' },
    { method: 'GET', url: '/favicon.ico' },
    { method: 'GET', url: '/environ' },
  ],
});
