/**
 * The embed's query string: the site's deep-link parameters (scene, step,
 * lang, theme, speed) plus `from`/`to` (a locked step range), `autoplay`,
 * `controls` and `id`. Pure: no DOM. Anything invalid falls back to a default;
 * input strings are never passed through except a sanitised `id`.
 */
import { parseParams, type Params } from '../app/params';
import type { Range } from '../store/explainerStore';
import type { ControlsMode } from '../ui/controls/Controls';

export interface EmbedParams extends Params {
  range: Range | null;
  autoplay: boolean;
  controls: ControlsMode;
  /** Echoed in the frame's messages; null when absent or not a plain token. */
  id: string | null;
}

const CONTROLS: readonly ControlsMode[] = ['full', 'compact', 'none'];
const MAX_STEP = 1_000_000;

/** `[A-Za-z0-9_-]{1,64}` or null: the id is echoed to the host page, so nothing else gets through. */
export function sanitizeId(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

function parseIndex(value: string | null): number | null {
  if (value === null || !/^\s*\d{1,7}\s*$/.test(value)) return null;
  return Math.min(MAX_STEP, Number(value));
}

function parseRange(from: string | null, to: string | null): Range | null {
  const f = parseIndex(from);
  const t = parseIndex(to);
  if (f === null && t === null) return null;
  const lo = f ?? 0;
  const hi = t ?? MAX_STEP;
  return lo <= hi ? { from: lo, to: hi } : null;
}

function parseBool(value: string | null): boolean {
  return value !== null && /^\s*(1|true|yes)\s*$/i.test(value);
}

function parseControls(value: string | null): ControlsMode {
  const v = value?.trim().toLowerCase();
  return (CONTROLS as readonly string[]).includes(v ?? '') ? (v as ControlsMode) : 'full';
}

export function parseEmbedParams(search: string, navigatorLanguage?: string | null): EmbedParams {
  const base = parseParams(search, navigatorLanguage);
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const range = parseRange(q.get('from'), q.get('to'));
  // A start step outside the locked range starts at the range's first step.
  const step = range && (base.step < range.from || base.step > range.to) ? range.from : base.step;
  return {
    ...base,
    step,
    range,
    autoplay: parseBool(q.get('autoplay')),
    controls: parseControls(q.get('controls')),
    id: sanitizeId(q.get('id')),
  };
}

/** The `secret` WordPress puts in an oEmbed iframe's fragment (`#?secret=abc123`), or null. */
export function parseWordPressSecret(hash: string): string | null {
  const m = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return m ? m[1] : null;
}
