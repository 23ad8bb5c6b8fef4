// A thousand hostile query strings through the pure parsers of index.html and
// embed.html: nothing throws, and every value comes out of a fixed list or is
// a finite number in range (no input string is passed through, except an id
// that matches a plain token).
import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/app/params';
import { parseEmbedParams } from '../../../src/embed/params';
import { SPEEDS } from '../../../src/store/explainerStore';
import { SCENE_IDS } from '../../../src/ui/i18n/scenes';
import { hostileQueries, PAYLOADS } from '../../e2e/fuzz.mjs';

const QUERIES = hostileQueries(20240601, 1000);

describe('hostile query strings', () => {
  it('are varied: payloads, raw and encoded, many keys', () => {
    expect(new Set(QUERIES).size).toBeGreaterThan(990);
    expect(QUERIES.filter((q) => q.includes('<script>')).length).toBeGreaterThan(20);
    expect(QUERIES.filter((q) => q.includes('%3Cscript%3E')).length).toBeGreaterThan(20);
  });

  it('parseParams keeps only known values and sane numbers', () => {
    for (const q of QUERIES) {
      const p = parseParams(q, 'en-US');
      expect(SCENE_IDS, q).toContain(p.scene);
      expect(['en', 'ko'], q).toContain(p.lang);
      expect(['light', 'dark', 'auto'], q).toContain(p.theme);
      expect(SPEEDS as readonly number[], q).toContain(p.speed);
      expect(Number.isInteger(p.step) && p.step >= -1 && p.step <= 1_000_000, q).toBe(true);
    }
  });

  it('parseEmbedParams keeps only known values, sane ranges and a plain-token id', () => {
    for (const q of QUERIES) {
      const p = parseEmbedParams(q, 'ko');
      expect(SCENE_IDS, q).toContain(p.scene);
      expect(['full', 'compact', 'none'], q).toContain(p.controls);
      expect(typeof p.autoplay).toBe('boolean');
      if (p.range) {
        expect(Number.isInteger(p.range.from) && Number.isInteger(p.range.to), q).toBe(true);
        expect(p.range.from, q).toBeLessThanOrEqual(p.range.to);
        expect(p.range.from, q).toBeGreaterThanOrEqual(0);
      }
      if (p.id !== null) expect(p.id, q).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      const out = JSON.stringify(p);
      for (const payload of PAYLOADS) expect(out, q).not.toContain(payload);
      for (const v of Object.values(p))
        if (typeof v === 'string') expect(v, q).not.toMatch(/[<>"'&]|onerror/);
    }
  });
});
