/**
 * oEmbed: the JSON for one scene (type "rich"), and the discovery link a scene
 * page puts in its head so a blog engine can turn a pasted link into the iframe.
 */
import type { SceneId } from '../sim/types';
import { sceneInfo } from '../ui/i18n/scenes';
import { DEFAULT_HEIGHT, frameTitle, iframeHtml, type SnippetOptions } from './snippet';

export const PROVIDER_NAME = 'WSGI, explained';
export const OEMBED_WIDTH = 800;

export interface OembedJson {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oembedFor(scene: SceneId, siteUrl: string): OembedJson {
  const o: SnippetOptions = {
    scene,
    step: -1,
    from: null,
    to: null,
    lang: 'en',
    theme: 'auto',
    controls: 'full',
    autoplay: false,
  };
  return {
    type: 'rich',
    version: '1.0',
    title: frameTitle(scene, 'en'),
    provider_name: PROVIDER_NAME,
    provider_url: siteUrl,
    // oEmbed consumers insert `html` as is; the iframe alone works (the host script only fits its height).
    html: iframeHtml(siteUrl, o, DEFAULT_HEIGHT),
    width: OEMBED_WIDTH,
    height: DEFAULT_HEIGHT,
  };
}

/** The site's deploy URL the build wrote the oEmbed files for ('' when it wrote none: see oembedPlugin.ts). */
export function oembedSiteUrl(): string {
  const url: unknown = import.meta.env.OEMBED_SITE_URL;
  return typeof url === 'string' ? url : '';
}

/**
 * Sets (or moves) `<link rel="alternate" type="application/json+oembed">` to
 * this scene's file at the deploy URL; removes it when the build wrote no
 * oEmbed files (no known site URL).
 */
export function setOembedLink(
  scene: SceneId,
  siteUrl: string = oembedSiteUrl(),
  doc: Document = document,
): void {
  let link = doc.head.querySelector<HTMLLinkElement>('link[type="application/json+oembed"]');
  if (!siteUrl) {
    link?.remove();
    return;
  }
  if (!link) {
    link = doc.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/json+oembed';
    doc.head.append(link);
  }
  link.href = new URL(`oembed/${sceneInfo(scene).id}.json`, siteUrl).href;
  link.title = frameTitle(scene, 'en');
}
