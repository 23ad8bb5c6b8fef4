/** The WSGI call in slow motion: a streamed body, then an app that raises. */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { flask, get } from '../requests';

export const scene = defineScene({
  id: 'wsgi',
  title: { en: 'WSGI in slow motion', ko: 'WSGI 느리게 보기' },
  blurb: {
    en: 'environ, start_response, the iterable, close().',
    ko: 'environ, start_response, 이터러블, close().',
  },
  figure: 'stage',
  scenario: {
    seed: 8,
    site: siteWith({ wsgi: flask }),
    // A streamed body (b'', then 3 parts, no Content-Length), then an early exception.
    requests: [get(0, '/stream?parts=3'), get(300, '/boom')],
  },
  examples: [
    { method: 'GET', url: '/stream?parts=3' },
    { method: 'GET', url: '/environ' },
  ],
});
