/**
 * Vite plugin: writes `oembed/<scene>.json` for every scene at build time.
 * oEmbed consumers need absolute URLs, so the files are written only when the
 * site's deploy URL is known: the `siteUrl` option (vite.config.ts passes
 * `SITE_URL`, else package.json's `homepage`). Without it there is no usable
 * oEmbed file to write: the build warns and writes none, and the pages link
 * none (the URL reaches the page as `import.meta.env.OEMBED_SITE_URL`).
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

export const NO_SITE_URL_WARNING =
  'SITE_URL is not set (nor package.json "homepage"): no oembed/*.json written and no oEmbed link on the pages (oEmbed needs absolute URLs; set SITE_URL=https://<host>/<path>/ for a deploy).';

export function oembed(opts: { siteUrl?: string } = {}): Plugin {
  const siteUrl = normalizeSiteUrl(opts.siteUrl);
  return {
    name: 'wsgi-explained-oembed',
    config: () => ({ define: { 'import.meta.env.OEMBED_SITE_URL': JSON.stringify(siteUrl) } }),
    generateBundle() {
      if (!siteUrl) {
        this.warn(NO_SITE_URL_WARNING);
        return;
      }
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
