/** Three gunicorn sync workers: a queue when all are busy, a crash and respawn, recycling after 3. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every, flask } from '../requests';

export const scene = defineScene({
  id: 'prefork',
  title: { en: 'Prefork', ko: '프리포크' },
  blurb: {
    en: 'A master and workers forked in advance share one socket.',
    ko: '마스터가 미리 fork한 워커들이 소켓 하나를 나눠 씁니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 3,
    site: siteWith({ dispatch: { model: 'prefork', processes: 3, maxRequests: 3 }, wsgi: flask }),
    requests: [
      ...every(0, 2, ['/slow', '/slow', '/slow', '/slow', '/slow']),
      ...every(700, 20, ['/environ', '/environ', '/environ', '/environ', '/environ']),
    ],
    faults: [{ at: 100, kind: 'crash-worker' }],
  },
});
