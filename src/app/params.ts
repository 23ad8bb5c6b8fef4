/**
 * Deep-link parameters: `?scene=wsgi&step=12&lang=ko&theme=dark&speed=2`.
 * Pure: no DOM. Anything invalid falls back to a default; input strings are
 * never passed through, only values picked from fixed lists or numbers.
 */
import { scenarios } from '../sim/scenarios/scenes';
import type { SceneId } from '../sim/types';
import type { Lang, StackLayer, Theme } from '../store/explainerStore';
import { SPEEDS } from '../store/explainerStore';
import { SCENE_IDS } from '../ui/i18n/scenes';
import { parseStack, serialiseStack } from '../ui/middleware/stack';

export interface Params {
  scene: SceneId;
  /** -1 = the empty stage before the first event. */
  step: number;
  lang: Lang;
  theme: Theme;
  speed: number;
  /** The middleware scene's edited stack, `mw=auth,-gzip,…` (absent: the scene's own). */
  mw?: StackLayer[];
}

export const DEFAULT_SCENE: SceneId = 'static';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
/** Deep links past any real trace are clamped by the store; this only keeps the number sane. */
const MAX_STEP = 1_000_000;

/** `ko`, `ko-KR`, `KO` → ko; anything else → en. */
export function langFromNavigator(language: string | undefined | null): Lang {
  return typeof language === 'string' && /^ko\b/i.test(language) ? 'ko' : 'en';
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

function parseStep(value: string | null): number {
  if (value === null || !/^\s*-?\d{1,7}\s*$/.test(value)) return -1;
  const n = Number(value);
  return Math.max(-1, Math.min(MAX_STEP, n));
}

function parseSpeed(value: string | null): number {
  if (value === null || !/^\s*\d{0,2}(\.\d{1,3})?x?\s*$/i.test(value)) return 1;
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n) || n <= 0) return 1;
  // Snap to the nearest offered speed so the select always shows the value.
  let best: number = SPEEDS[0];
  for (const s of SPEEDS) if (Math.abs(s - n) < Math.abs(best - n)) best = s;
  return best;
}

export function parseParams(search: string, navigatorLanguage?: string | null): Params {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const scene = pick(q.get('scene'), SCENE_IDS) ?? DEFAULT_SCENE;
  const mw =
    scene === 'middleware'
      ? parseStack(q.get('mw'), scenarios.middleware.site.wsgi.middleware)
      : null;
  return {
    scene,
    step: parseStep(q.get('step')),
    lang: pick<Lang>(q.get('lang'), ['en', 'ko']) ?? langFromNavigator(navigatorLanguage),
    theme: pick(q.get('theme'), THEMES) ?? 'auto',
    speed: parseSpeed(q.get('speed')),
    ...(mw ? { mw } : {}),
  };
}

/**
 * The query string for `p`, keeping unrelated parameters of `search` (e.g. a
 * tracking tag) in place. Theme and speed are written only when not default.
 */
export function writeParams(search: string, p: Params): string {
  const q = new URLSearchParams(search);
  q.set('scene', p.scene);
  q.set('step', String(p.step));
  q.set('lang', p.lang);
  if (p.theme !== 'auto') q.set('theme', p.theme);
  else q.delete('theme');
  if (p.speed !== 1) q.set('speed', String(p.speed));
  else q.delete('speed');
  if (p.mw && p.scene === 'middleware') q.set('mw', serialiseStack(p.mw));
  else q.delete('mw');
  // The learner's Python (code=) belongs to the python scene's link only.
  if (p.scene !== 'python') q.delete('code');
  // Commas need no escaping in a query: `mw=static,auth` stays readable.
  return `?${q.toString().replace(/%2C/gi, ',')}`;
}
