/** Quick example requests, per scene (plus the ones every scene offers). */
import type { SceneId } from '../../sim/types';
import type { FormInput } from './validate';

export interface Example extends FormInput {
  label: string;
}

const ex = (method: string, url: string, body = '', headers = ''): Example => ({
  label: `${method} ${url}`,
  method,
  url,
  body,
  headers,
});

const COMMON: Example[] = [
  ex('GET', '/hello/ada'),
  ex('POST', '/upload', 'name=ada&lang=python', 'Content-Type: application/x-www-form-urlencoded'),
  ex('GET', '/boom'),
];

const BY_SCENE: Partial<Record<SceneId, Example[]>> = {
  static: [
    ex('GET', '/index.html'),
    ex('GET', '/style.css'),
    ex('GET', '/favicon.ico'),
    ex('GET', '/environ'),
  ],
  'event-loop': [ex('GET', '/slow'), ex('GET', '/block')],
  threads: [ex('GET', '/slow'), ex('GET', '/cpu?ms=30')],
  'process-vs-thread': [ex('GET', '/cpu?ms=40'), ex('GET', '/slow')],
  'reverse-proxy': [ex('GET', '/index.html'), ex('GET', '/environ')],
  wsgi: [ex('GET', '/stream?parts=3'), ex('GET', '/environ')],
  middleware: [ex('GET', '/api/hello/ada'), ex('GET', '/docs/index.xml'), ex('GET', '/admin/')],
  framework: [ex('GET', '/django/articles/1/')],
};

export function examplesFor(scene: SceneId): Example[] {
  const own = BY_SCENE[scene] ?? [];
  const seen = new Set(own.map((e) => e.label));
  return [...own, ...COMMON.filter((e) => !seen.has(e.label))].slice(0, 6);
}
