import { describe, expect, it } from 'vitest';
import { parseEmbedParams, parseWordPressSecret, sanitizeId } from './params';

describe('parseEmbedParams', () => {
  it('reads every parameter', () => {
    const p = parseEmbedParams(
      '?scene=wsgi&step=4&from=2&to=9&lang=ko&theme=dark&speed=2&autoplay=1&controls=compact&id=post-1_a',
      'en',
    );
    expect(p).toEqual({
      scene: 'wsgi',
      step: 4,
      range: { from: 2, to: 9 },
      lang: 'ko',
      theme: 'dark',
      speed: 2,
      autoplay: true,
      controls: 'compact',
      id: 'post-1_a',
    });
  });

  it('defaults when the query is empty', () => {
    expect(parseEmbedParams('', 'ko-KR')).toEqual({
      scene: 'static',
      step: -1,
      range: null,
      lang: 'ko',
      theme: 'auto',
      speed: 1,
      autoplay: false,
      controls: 'full',
      id: null,
    });
  });

  it('falls back on garbage and never echoes it', () => {
    const evil = encodeURIComponent('"><script>alert(1)</script>');
    const p = parseEmbedParams(
      `?scene=${evil}&from=${evil}&to=x&autoplay=${evil}&controls=${evil}&id=${evil}&theme=${evil}`,
    );
    expect(p.scene).toBe('static');
    expect(p.range).toBeNull();
    expect(p.autoplay).toBe(false);
    expect(p.controls).toBe('full');
    expect(p.id).toBeNull();
    expect(JSON.stringify(p)).not.toMatch(/[<>"]script/);
  });

  it('accepts true/yes for autoplay, case-insensitively', () => {
    expect(parseEmbedParams('?autoplay=true').autoplay).toBe(true);
    expect(parseEmbedParams('?autoplay=YES').autoplay).toBe(true);
    expect(parseEmbedParams('?autoplay=0').autoplay).toBe(false);
    expect(parseEmbedParams('?autoplay=').autoplay).toBe(false);
  });

  it('takes a half-open range and rejects an inverted one', () => {
    expect(parseEmbedParams('?from=5').range).toEqual({ from: 5, to: 1_000_000 });
    expect(parseEmbedParams('?to=5').range).toEqual({ from: 0, to: 5 });
    expect(parseEmbedParams('?from=9&to=3').range).toBeNull();
    expect(parseEmbedParams('?from=-2&to=3').range).toEqual({ from: 0, to: 3 });
  });

  it('starts inside the locked range', () => {
    expect(parseEmbedParams('?from=3&to=8').step).toBe(3);
    expect(parseEmbedParams('?step=20&from=3&to=8').step).toBe(3);
    expect(parseEmbedParams('?step=5&from=3&to=8').step).toBe(5);
  });
});

describe('sanitizeId', () => {
  it('keeps plain tokens up to 64 characters', () => {
    expect(sanitizeId('a')).toBe('a');
    expect(sanitizeId('A-z_09')).toBe('A-z_09');
    expect(sanitizeId('x'.repeat(64))).toBe('x'.repeat(64));
  });
  it('drops anything else', () => {
    for (const bad of ['', 'x'.repeat(65), 'a b', '<b>', 'a"b', 'é', 'a/b', null, undefined]) {
      expect(sanitizeId(bad)).toBeNull();
    }
  });
});

describe('parseWordPressSecret', () => {
  it('reads the secret WordPress puts in the fragment', () => {
    expect(parseWordPressSecret('#?secret=Ab12cD')).toBe('Ab12cD');
    expect(parseWordPressSecret('#?foo=1&secret=zz9')).toBe('zz9');
  });
  it('is null without one, or with a value that is not alphanumeric', () => {
    expect(parseWordPressSecret('')).toBeNull();
    expect(parseWordPressSecret('#top')).toBeNull();
    expect(parseWordPressSecret('#?secret=<x>')).toBeNull();
  });
});
