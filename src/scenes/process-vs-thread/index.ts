/** One process, two threads: CPU-bound requests take turns on the GIL, I/O-bound ones overlap. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { flask, get } from '../requests';

export const scene = defineScene({
  id: 'process-vs-thread',
  title: { en: 'Processes and threads', ko: '프로세스와 스레드' },
  blurb: { en: 'Memory, copy-on-write, and the GIL.', ko: '메모리, copy-on-write, 그리고 GIL.' },
  figure: 'stage',
  scenario: {
    seed: 4,
    site: siteWith({ dispatch: { model: 'threads', processes: 1, threads: 2 }, wsgi: flask }),
    requests: [get(0, '/cpu?ms=40'), get(0, '/cpu?ms=40'), get(200, '/slow'), get(200, '/slow')],
  },
  examples: [
    { method: 'GET', url: '/cpu?ms=40' },
    { method: 'GET', url: '/slow' },
  ],
});
