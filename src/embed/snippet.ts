/**
 * Builds the embed snippet (iframe + host script line), the embed URL and the
 * deep link from chosen options. Pure: the Share dialog, the oEmbed files and
 * the tests use the same function, so the snippet has one shape everywhere.
 */
import type { SceneId } from '../sim/types';
import type { Lang, Theme } from '../store/explainerStore';
import type { ControlsMode } from '../ui/controls/Controls';
import { sceneInfo } from '../ui/i18n/scenes';

export interface SnippetOptions {
  scene: SceneId;
  /** Start step; -1 = the empty stage. */
  step: number;
  /** Lock the timeline to [from, to]; null = no lock. */
  from: number | null;
  to: number | null;
  lang: Lang;
  theme: Theme;
  controls: ControlsMode;
  autoplay: boolean;
  id?: string | null;
}

/** A first guess for the frame's height; the host script replaces it with the measured one. */
export const DEFAULT_HEIGHT = 640;
const SITE_TITLE: Record<Lang, string> = {
  en: 'How a web request is served in Python',
  ko: '파이썬에서 웹 요청이 처리되는 과정',
};

export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `siteUrl` is the explainer's root, absolute and ending in `/` (e.g. https://u.github.io/wsgi-explained/). */
export function embedUrl(siteUrl: string, o: SnippetOptions): string {
  const q = new URLSearchParams();
  q.set('scene', o.scene);
  if (o.step >= 0) q.set('step', String(o.step));
  if (o.from !== null) q.set('from', String(Math.max(0, o.from)));
  if (o.to !== null) q.set('to', String(Math.max(0, o.to)));
  q.set('lang', o.lang);
  if (o.theme !== 'auto') q.set('theme', o.theme);
  if (o.controls !== 'full') q.set('controls', o.controls);
  if (o.autoplay) q.set('autoplay', '1');
  if (o.id) q.set('id', o.id);
  return `${siteUrl}embed.html?${q.toString()}`;
}

export function deepLink(
  siteUrl: string,
  o: Pick<SnippetOptions, 'scene' | 'step' | 'lang'>,
): string {
  const q = new URLSearchParams({ scene: o.scene, step: String(o.step), lang: o.lang });
  return `${siteUrl}?${q.toString()}`;
}

export function frameTitle(scene: SceneId, lang: Lang): string {
  return `${SITE_TITLE[lang]}: ${sceneInfo(scene).title[lang]}`;
}

export function iframeHtml(siteUrl: string, o: SnippetOptions, height = DEFAULT_HEIGHT): string {
  return (
    `<iframe src="${escapeAttr(embedUrl(siteUrl, o))}" title="${escapeAttr(frameTitle(o.scene, o.lang))}" ` +
    `loading="lazy" style="width:100%;border:0" height="${Math.round(height)}"></iframe>`
  );
}

export function scriptHtml(siteUrl: string): string {
  return `<script src="${escapeAttr(`${siteUrl}embed.js`)}" async></script>`;
}

export function snippetHtml(siteUrl: string, o: SnippetOptions, height = DEFAULT_HEIGHT): string {
  return `${iframeHtml(siteUrl, o, height)}\n${scriptHtml(siteUrl)}`;
}

/** The site root for a page of the explainer: `https://h/repo/?scene=x` → `https://h/repo/`. */
export function siteRootOf(pageUrl: string): string {
  const u = new URL('./', pageUrl);
  return u.href;
}
