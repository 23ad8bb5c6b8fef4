/** One loop holding many connections; one blocking call stalls them all. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every, flask, get } from '../requests';

export const scene = defineScene({
  id: 'event-loop',
  title: { en: 'Event loop', ko: '이벤트 루프' },
  blurb: {
    en: 'One thread juggles many connections; one blocking call stalls them all.',
    ko: '스레드 하나가 여러 연결을 돌보지만, 블로킹 호출 하나면 모두 멈춥니다.',
  },
  figure: 'stage',
  scenario: {
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
  examples: [
    { method: 'GET', url: '/slow' },
    { method: 'GET', url: '/block' },
  ],
});
