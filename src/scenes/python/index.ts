/**
 * Your own Python: the learner's WSGI app and middleware run in real CPython
 * (Pyodide, in a Web Worker) and the simulated gunicorn calls them. The
 * script replays a committed recording of the default example (PEP 3333's
 * Latinator around a small app), made in CPython by `npm run python:record`.
 */
import { siteWith } from '../../sim/scenarios/site';
import { defineScene } from '../define';
import { get } from '../requests';

/** nginx gives up on a silent upstream after this long (proxy_read_timeout), here shorter than its 60 s. */
export const PYTHON_READ_TIMEOUT_MS = 10_000;

export const scene = defineScene({
  id: 'python',
  title: { en: 'Your own Python', ko: '직접 짜 보는 파이썬' },
  blurb: {
    en: 'Write a WSGI app and middleware; real CPython runs them inside the simulated server.',
    ko: 'WSGI 앱과 미들웨어를 직접 짜면, 시뮬레이션 서버 안에서 진짜 CPython이 실행합니다.',
  },
  figure: 'stage',
  scenario: {
    seed: 14,
    site: siteWith({
      web: { upstreamTimeoutMs: PYTHON_READ_TIMEOUT_MS },
      wsgi: { middleware: [{ kind: 'python', name: 'Latinator' }], app: 'python' },
    }),
    requests: [get(0, '/hello?name=ada'), get(400, '/')],
  },
  examples: [
    { method: 'GET', url: '/hello?name=ada' },
    { method: 'GET', url: '/' },
  ],
});
