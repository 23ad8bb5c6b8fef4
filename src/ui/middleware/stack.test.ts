import { describe, expect, it } from 'vitest';
import type { MiddlewareSpec, SiteConfig } from '../../sim/types';
import {
  defaultStack,
  isDefaultStack,
  moveLayer,
  parseStack,
  serialiseStack,
  siteWithStack,
  stackSpecs,
  toggleLayer,
} from './stack';

const SPECS: MiddlewareSpec[] = [
  { kind: 'auth', realm: 'admin', users: { ada: 'lovelace' }, protect: ['/admin'] },
  { kind: 'static', prefix: '/assets' },
  { kind: 'gzip' },
  { kind: 'xslt' },
  { kind: 'dispatcher', mounts: { '/api': 'flask' } },
];
const kinds = (s: { kind: string }[]) => s.map((l) => l.kind).join(',');

describe('toggle and move', () => {
  it('toggles one layer and leaves the input alone', () => {
    const base = defaultStack(SPECS);
    const off = toggleLayer(base, 'gzip');
    expect(off.find((l) => l.kind === 'gzip')?.on).toBe(false);
    expect(off.filter((l) => !l.on)).toHaveLength(1);
    expect(base.every((l) => l.on)).toBe(true);
    expect(toggleLayer(off, 'gzip').find((l) => l.kind === 'gzip')?.on).toBe(true);
    expect(toggleLayer(base, 'gzip', true)).toEqual(base);
  });

  it('moves outward and inward, and not past either end', () => {
    const base = defaultStack(SPECS);
    expect(kinds(moveLayer(base, 'gzip', -1))).toBe('auth,gzip,static,xslt,dispatcher');
    expect(kinds(moveLayer(base, 'gzip', 1))).toBe('auth,static,xslt,gzip,dispatcher');
    expect(kinds(moveLayer(base, 'auth', -1))).toBe(kinds(base));
    expect(kinds(moveLayer(base, 'dispatcher', 1))).toBe(kinds(base));
    expect(kinds(base)).toBe('auth,static,gzip,xslt,dispatcher');
  });

  it('keeps an off layer in its place but out of the site', () => {
    const stack = moveLayer(toggleLayer(defaultStack(SPECS), 'static'), 'auth', 1);
    expect(kinds(stack)).toBe('static,auth,gzip,xslt,dispatcher');
    expect(kinds(stackSpecs(stack, SPECS))).toBe('auth,gzip,xslt,dispatcher');
    const site = {
      cores: 2,
      wsgi: { server: 'gunicorn', app: 'echo', middleware: SPECS },
    } as unknown as SiteConfig;
    const edited = siteWithStack(site, stack);
    expect(kinds(edited.wsgi.middleware)).toBe('auth,gzip,xslt,dispatcher');
    expect(edited.wsgi.middleware[0]).toBe(SPECS[0]); // the scene's own settings travel with the layer
    expect(edited.wsgi.app).toBe('echo');
    expect(site.wsgi.middleware).toHaveLength(5);
  });

  it('knows the default stack', () => {
    expect(isDefaultStack(defaultStack(SPECS), SPECS)).toBe(true);
    expect(isDefaultStack(toggleLayer(defaultStack(SPECS), 'xslt'), SPECS)).toBe(false);
    expect(isDefaultStack(moveLayer(defaultStack(SPECS), 'xslt', 1), SPECS)).toBe(false);
  });
});

describe('URL form', () => {
  it('round-trips order and off layers', () => {
    const stack = moveLayer(toggleLayer(defaultStack(SPECS), 'gzip'), 'dispatcher', -1);
    const text = serialiseStack(stack);
    expect(text).toBe('auth,static,-gzip,dispatcher,xslt');
    expect(parseStack(text, SPECS)).toEqual(stack);
  });

  it('accepts a short list: unnamed layers follow, switched off', () => {
    const s = parseStack('dispatcher,static,gzip', SPECS);
    expect(s).toEqual([
      { kind: 'dispatcher', on: true },
      { kind: 'static', on: true },
      { kind: 'gzip', on: true },
      { kind: 'auth', on: false },
      { kind: 'xslt', on: false },
    ]);
    expect(parseStack(' GZIP , -auth', SPECS)?.slice(0, 2)).toEqual([
      { kind: 'gzip', on: true },
      { kind: 'auth', on: false },
    ]);
  });

  it('gives null (the default) for the default stack and for anything invalid', () => {
    expect(parseStack('auth,static,gzip,xslt,dispatcher', SPECS)).toBeNull();
    for (const bad of [
      null,
      undefined,
      '',
      ',',
      'gzip,gzip',
      'gzip,-gzip',
      'proxyfix',
      'brotli',
      'gzip;xslt',
      '<script>alert(1)</script>',
      'gzip,'.repeat(60),
    ]) {
      expect(parseStack(bad, SPECS)).toBeNull();
    }
  });
});
