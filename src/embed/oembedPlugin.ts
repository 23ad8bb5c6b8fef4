/**
 * Vite plugin: writes `oembed/<scene>.json` for every scene at build time.
 * oEmbed consumers need absolute URLs, so the deploy URL comes from the
 * option (e.g. `SITE_URL=https://u.github.io/wsgi-explained/ npm run build`);
 * without it the URLs are relative to the site root and a warning says so.
 */
import type { Plugin } from 'vite';
import { SCENE_IDS } from '../ui/i18n/scenes';
import { oembedFor } from './oembed';

export function normalizeSiteUrl(url: string | undefined): string {
  if (!url) return '';
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`oembed: SITE_URL must be http(s): ${url}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

export function oembed(opts: { siteUrl?: string } = {}): Plugin {
  const siteUrl = normalizeSiteUrl(opts.siteUrl);
  return {
    name: 'wsgi-explained-oembed',
    apply: 'build',
    generateBundle() {
      if (!siteUrl)
        this.warn('SITE_URL is not set: oembed/*.json use relative URLs (set it for a deploy).');
      for (const scene of SCENE_IDS) {
        this.emitFile({
          type: 'asset',
          fileName: `oembed/${scene}.json`,
          source: `${JSON.stringify(oembedFor(scene, siteUrl), null, 2)}\n`,
        });
      }
    },
  };
}
