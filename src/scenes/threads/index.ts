/** Two processes × four threads under a mix of I/O-bound and CPU-bound requests. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every, flask, get } from '../requests';

export const scene = defineScene({
  id: 'threads',
  title: { en: 'Thread pool', ko: '스레드 풀' },
  blurb: {
    en: 'I/O overlaps; CPU-bound work takes turns on the GIL.',
    ko: 'I/O는 겹치고, CPU 작업은 GIL을 번갈아 잡습니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 5,
    site: siteWith({ dispatch: { model: 'threads', processes: 2, threads: 4 }, wsgi: flask }),
    requests: [
      ...every(0, 2, ['/slow', '/slow', '/slow', '/slow']),
      ...every(10, 2, ['/cpu?ms=30', '/cpu?ms=30', '/cpu?ms=30', '/cpu?ms=30']),
      get(30, '/environ'),
    ],
  },
  examples: [
    { method: 'GET', url: '/slow' },
    { method: 'GET', url: '/cpu?ms=30' },
  ],
});
