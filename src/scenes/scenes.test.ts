import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../content/names';
import { createSimulator } from '../sim/simulator';
import { isSceneId, SCENE_ORDER, scenarios, scenes } from './index';

const ROOT = join(import.meta.dirname, '..', '..');

describe('scene modules', () => {
  it('each scene is filed under its own id, and its scenario carries that id', () => {
    for (const id of SCENE_ORDER) {
      expect(scenes[id].id).toBe(id);
      expect(scenes[id].scenario.id).toBe(id);
      expect(scenarios[id]).toBe(scenes[id].scenario);
    }
  });

  it('every scene has a lesson in every language, and every lesson a scene', () => {
    for (const lang of LANGS) {
      const lessons = readdirSync(join(ROOT, 'content', lang))
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
        .sort();
      expect(lessons).toEqual([...SCENE_ORDER].sort());
    }
  });

  it('titles and blurbs are written in every language', () => {
    for (const id of SCENE_ORDER)
      for (const lang of LANGS) {
        expect(scenes[id].title[lang].trim()).not.toBe('');
        expect(scenes[id].blurb[lang].trim()).not.toBe('');
      }
  });

  it("a scene's own examples are answered by its own site without a server error", () => {
    for (const id of SCENE_ORDER) {
      const { site, seed } = scenes[id].scenario;
      const sim = createSimulator(site, seed);
      for (const ex of scenes[id].examples) {
        const { response } = sim.handle({
          method: ex.method,
          url: `https://demo.test${ex.url}`,
          headers: [['Host', 'demo.test']],
          body: new TextEncoder().encode(ex.body ?? ''),
        });
        expect(response.networkError, `${id}: ${ex.method} ${ex.url}`).toBeUndefined();
        expect(response.status, `${id}: ${ex.method} ${ex.url}`).toBeLessThan(500);
      }
    }
  });

  it('scene ids are exactly the record’s own keys', () => {
    for (const id of SCENE_ORDER) expect(isSceneId(id)).toBe(true);
    for (const s of ['live', 'toString', '__proto__', '']) expect(isSceneId(s)).toBe(false);
  });
});
