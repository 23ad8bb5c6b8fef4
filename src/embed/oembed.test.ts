// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SCENE_IDS } from '../ui/i18n/scenes';
import { oembedFor, setOembedLink } from './oembed';
import { NO_SITE_URL_WARNING, normalizeSiteUrl, oembed } from './oembedPlugin';

const SITE = 'https://user.github.io/wsgi-explained/';

describe('oEmbed JSON', () => {
  it('is a rich 1.0 response whose html is the scene iframe', () => {
    const j = oembedFor('prefork', SITE);
    expect(j).toMatchObject({
      type: 'rich',
      version: '1.0',
      provider_name: 'WSGI, explained',
      provider_url: SITE,
    });
    expect(j.title).toContain('Prefork');
    expect(j.html).toMatch(
      /^<iframe src="https:\/\/user\.github\.io\/wsgi-explained\/embed\.html\?scene=prefork&amp;lang=en"/,
    );
    expect(j.width).toBeGreaterThan(0);
    expect(j.html).toContain(`height="${j.height}"`);
  });

  it('the plugin emits one file per scene', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const warnings: string[] = [];
    const plugin = oembed({ siteUrl: 'https://user.github.io/wsgi-explained' });
    const ctx = {
      emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
      warn: (w: string) => warnings.push(w),
    };
    (plugin.generateBundle as unknown as (this: typeof ctx) => void).call(ctx);
    expect(emitted.map((f) => f.fileName).sort()).toEqual(
      SCENE_IDS.map((s) => `oembed/${s}.json`).sort(),
    );
    const wsgi = JSON.parse(emitted.find((f) => f.fileName === 'oembed/wsgi.json')!.source);
    expect(wsgi.html).toContain(`${SITE}embed.html?scene=wsgi`);
    expect(warnings).toEqual([]);
  });

  it('without a site URL the plugin writes no file (a relative src is no use to a consumer) and warns', () => {
    const emitted: unknown[] = [];
    const warnings: string[] = [];
    const ctx = {
      emitFile: (f: unknown) => emitted.push(f),
      warn: (w: string) => warnings.push(w),
    };
    (oembed({}).generateBundle as unknown as (this: typeof ctx) => void).call(ctx);
    expect(emitted).toEqual([]);
    expect(warnings).toEqual([NO_SITE_URL_WARNING]);
  });

  it('every file it writes has absolute URLs: provider_url and the iframe src', () => {
    const emitted: { source: string }[] = [];
    const ctx = { emitFile: (f: { source: string }) => emitted.push(f), warn: () => {} };
    (oembed({ siteUrl: SITE }).generateBundle as unknown as (this: typeof ctx) => void).call(ctx);
    for (const f of emitted) {
      const j = JSON.parse(f.source);
      expect(j.provider_url).toBe(SITE);
      const src = /src="([^"]+)"/.exec(j.html)![1].replaceAll('&amp;', '&');
      expect(new URL(src).href.startsWith(SITE)).toBe(true);
    }
  });

  it('hands the site URL to the pages (no oEmbed link when there is none)', () => {
    const define = (p: ReturnType<typeof oembed>) =>
      (p.config as () => { define: Record<string, string> })().define;
    expect(define(oembed({ siteUrl: 'https://a.test/x' }))).toEqual({
      'import.meta.env.OEMBED_SITE_URL': '"https://a.test/x/"',
    });
    expect(define(oembed({}))).toEqual({ 'import.meta.env.OEMBED_SITE_URL': '""' });
  });

  it('refuses a site URL that is not http(s)', () => {
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow();
    expect(normalizeSiteUrl('https://a.test/x')).toBe('https://a.test/x/');
    expect(normalizeSiteUrl(undefined)).toBe('');
  });
});

describe('setOembedLink', () => {
  it('adds one discovery link at the site URL and moves it with the scene', () => {
    setOembedLink('wsgi', SITE);
    setOembedLink('middleware', SITE);
    const links = document.head.querySelectorAll('link[type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    const link = links[0] as HTMLLinkElement;
    expect(link.rel).toBe('alternate');
    expect(link.getAttribute('href')).toBe(`${SITE}oembed/middleware.json`);
  });

  it('links nothing when the build wrote no oEmbed files', () => {
    setOembedLink('wsgi', SITE);
    setOembedLink('wsgi', '');
    expect(document.head.querySelectorAll('link[type="application/json+oembed"]')).toHaveLength(0);
  });
});
