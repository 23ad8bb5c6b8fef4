/** nginx in front: static files at the edge, a slow upload and download absorbed by buffering. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { get } from '../requests';

export const scene = defineScene({
  id: 'reverse-proxy',
  title: { en: 'Reverse proxy', ko: '리버스 프록시' },
  blurb: {
    en: 'nginx in front: static at the edge, dynamic to the WSGI server.',
    ko: '앞단의 nginx: 정적 파일은 바로, 동적 요청은 WSGI 서버로.',
  },
  figure: 'stage',
  scenario: {
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
  examples: [
    { method: 'GET', url: '/index.html' },
    { method: 'GET', url: '/environ' },
  ],
});
