import { describe, expect, it } from 'vitest';
import { langFromNavigator, parseParams, writeParams } from './params';

describe('parseParams', () => {
  it('reads every parameter', () => {
    expect(parseParams('?scene=wsgi&step=12&lang=ko&theme=dark&speed=2', 'en-US')).toEqual({
      scene: 'wsgi',
      step: 12,
      lang: 'ko',
      theme: 'dark',
      speed: 2,
    });
  });

  it('falls back to defaults on garbage and never echoes it', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const p = parseParams(
      `?scene=${encodeURIComponent(evil)}&step=${encodeURIComponent(evil)}&lang=fr&theme=${encodeURIComponent('"><script>')}&speed=NaN`,
      'en-GB',
    );
    expect(p).toEqual({ scene: 'static', step: -1, lang: 'en', theme: 'auto', speed: 1 });
    expect(JSON.stringify(p)).not.toContain('<');
  });

  it('rejects steps that are not plain integers', () => {
    for (const bad of ['1e9', '3.5', '0x10', '', 'Infinity', '99999999999']) {
      expect(parseParams(`?step=${bad}`).step).toBe(-1);
    }
    expect(parseParams('?step=-5').step).toBe(-1);
    expect(parseParams('?step=0').step).toBe(0);
  });

  it('snaps speed into 0.25–4', () => {
    expect(parseParams('?speed=100').speed).toBe(1); // not a sane number: default
    expect(parseParams('?speed=10').speed).toBe(4);
    expect(parseParams('?speed=0.3').speed).toBe(0.25);
    expect(parseParams('?speed=1.5x').speed).toBe(1.5);
    expect(parseParams('?speed=-2').speed).toBe(1);
    expect(parseParams('?speed=0').speed).toBe(1);
  });

  it('takes the language from the browser when the link has none', () => {
    expect(parseParams('', 'ko-KR').lang).toBe('ko');
    expect(parseParams('', 'en').lang).toBe('en');
    expect(parseParams('?lang=EN', 'ko').lang).toBe('en');
    expect(langFromNavigator(undefined)).toBe('en');
    expect(langFromNavigator('kok')).toBe('en'); // Konkani, not Korean
  });

  it('accepts the load lab (scene 13) and known scenes in any case, not unknown ones', () => {
    expect(parseParams('?scene=load-lab').scene).toBe('load-lab');
    expect(parseParams('?scene=Middleware').scene).toBe('middleware');
    expect(parseParams('?scene=load-lab2').scene).toBe('static');
  });
});

describe('writeParams', () => {
  it('round-trips through parseParams and keeps other parameters', () => {
    const p = { scene: 'middleware', step: 7, lang: 'ko', theme: 'light', speed: 0.5 } as const;
    const s = writeParams('?utm=x&step=2', p);
    expect(new URLSearchParams(s).get('utm')).toBe('x');
    expect(parseParams(s, 'en')).toEqual(p);
  });

  it('leaves theme and speed out when they are the defaults', () => {
    const s = writeParams('?theme=dark&speed=2', {
      scene: 'wsgi',
      step: -1,
      lang: 'en',
      theme: 'auto',
      speed: 1,
    });
    expect(s).toBe('?scene=wsgi&step=-1&lang=en');
  });
});

describe('the middleware stack (mw)', () => {
  it('reads an edited stack in the middleware scene only', () => {
    const p = parseParams('?scene=middleware&mw=dispatcher,static,-gzip');
    expect(p.mw?.map((l) => `${l.on ? '' : '-'}${l.kind}`)).toEqual([
      'dispatcher',
      'static',
      '-gzip',
      '-auth',
      '-xslt',
    ]);
    expect(parseParams('?scene=wsgi&mw=dispatcher,static').mw).toBeUndefined();
  });

  it('treats the default stack and garbage as no edit, never echoing the input', () => {
    expect(parseParams('?scene=middleware&mw=auth,static,gzip,xslt,dispatcher').mw).toBeUndefined();
    for (const bad of ['<img src=x onerror=alert(1)>', 'gzip,gzip', 'brotli', '']) {
      const p = parseParams(`?scene=middleware&mw=${encodeURIComponent(bad)}`);
      expect(p.mw).toBeUndefined();
      expect(JSON.stringify(p)).not.toContain('<');
    }
  });

  it('writes the stack for the middleware scene and drops it otherwise', () => {
    const mw = parseParams('?scene=middleware&mw=static,auth').mw;
    const base = { step: 3, lang: 'en', theme: 'auto', speed: 1 } as const;
    const s = writeParams('?mw=old', { ...base, scene: 'middleware', mw });
    expect(new URLSearchParams(s).get('mw')).toBe('static,auth,-gzip,-xslt,-dispatcher');
    expect(s).toContain('mw=static,auth,-gzip,-xslt,-dispatcher');
    expect(parseParams(s).mw).toEqual(mw);
    expect(
      new URLSearchParams(writeParams('?mw=old', { ...base, scene: 'wsgi', mw })).has('mw'),
    ).toBe(false);
    expect(
      new URLSearchParams(writeParams('?mw=old', { ...base, scene: 'middleware' })).has('mw'),
    ).toBe(false);
  });
});
