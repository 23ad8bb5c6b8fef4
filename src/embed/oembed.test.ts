// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SCENE_IDS } from '../ui/i18n/scenes';
import { oembedFor, setOembedLink } from './oembed';
import { normalizeSiteUrl, oembed } from './oembedPlugin';

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

  it('refuses a site URL that is not http(s)', () => {
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow();
    expect(normalizeSiteUrl('https://a.test/x')).toBe('https://a.test/x/');
    expect(normalizeSiteUrl(undefined)).toBe('');
  });
});

describe('setOembedLink', () => {
  it('adds one discovery link and moves it with the scene', () => {
    setOembedLink('wsgi');
    setOembedLink('middleware');
    const links = document.head.querySelectorAll('link[type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    const link = links[0] as HTMLLinkElement;
    expect(link.rel).toBe('alternate');
    expect(link.getAttribute('href')).toMatch(/oembed\/middleware\.json$/);
  });
});
