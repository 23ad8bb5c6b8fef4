/** The environ CPython is given is the one the simulated server then builds and shows. */
import { describe, expect, it } from 'vitest';
import { scene } from '../../scenes/python';
import { startScenario } from '../simulator';
import type { HttpRequest } from '../types';

describe('previewEnviron', () => {
  it('equals the wsgi.environ of the request handle() sends next, request after request', () => {
    const world = startScenario(scene.scenario);
    for (const path of ['/hello?name=x', '/a%20b', '/environ']) {
      const request: HttpRequest = {
        method: 'POST',
        url: `https://demo.test${path}`,
        headers: [
          ['Host', 'demo.test'],
          ['Content-Type', 'text/plain'],
        ],
        body: new TextEncoder().encode('hi'),
      };
      const preview = world.previewEnviron(request);
      const { events } = world.handle(request);
      const shown = events.find((e) => e.type === 'wsgi.environ');
      expect(shown?.type === 'wsgi.environ' && shown.environ).toEqual(preview);
    }
  });
});
