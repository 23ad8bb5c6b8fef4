/**
 * The load lab: its figure runs the five lanes of src/lab under generated load.
 * The scenario is the short trace the lesson steps through before that.
 */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { every, flask } from '../requests';

export const scene = defineScene({
  id: 'load-lab',
  title: { en: 'Load lab', ko: '부하 실험실' },
  blurb: {
    en: 'Fork, prefork, threads and an event loop side by side under the same load.',
    ko: 'fork, 프리포크, 스레드, 이벤트 루프에 같은 부하를 걸어 나란히 비교합니다.',
  },
  figure: 'lab',
  scenario: {
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
});
