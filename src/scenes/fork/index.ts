/** Apache with wsgiref-like children: the master forks one child per connection (CGI-like). */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { apache, get } from '../requests';

export const scene = defineScene({
  id: 'fork',
  title: { en: 'Fork per connection', ko: '연결마다 fork' },
  blurb: {
    en: 'Accept, fork a child, serve, exit: the CGI model.',
    ko: 'accept, 자식 fork, 응답, 종료: CGI 방식입니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 2,
    site: siteWith({
      dispatch: { model: 'fork', processes: 1 },
      web: apache,
      wsgi: { server: 'wsgiref' },
    }),
    requests: [get(0, '/environ'), get(5, '/hello?name=ada'), get(40, '/environ')],
  },
});
