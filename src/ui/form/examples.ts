/**
 * Quick example requests: the scene's own (written in its module,
 * src/scenes/<id>/index.ts), then the ones every scene offers.
 */
import { scenes } from '../../scenes';
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

export function examplesFor(scene: SceneId): Example[] {
  const own = scenes[scene].examples.map((e) => ex(e.method, e.url, e.body, e.headers));
  const seen = new Set(own.map((e) => e.label));
  return [...own, ...COMMON.filter((e) => !seen.has(e.label))].slice(0, 6);
}
