/**
 * Pure: where each request token is drawn, in the stage's coordinate space.
 * The boxes hold token areas (in-flow, their height computed here from the
 * tokens they hold); the stage measures the areas' rects when its layout
 * changes (a ResizeObserver, never per step) and this module turns
 * (snapshot's boxes, area rects) into token places: one place per drawn
 * request, laid out in rows inside its area. Token sizes come from their text
 * (a monospace font), not from the DOM.
 */
import type { RequestView } from '../../player/snapshot';
import { capTokens } from './placement';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The visible band of the scrolling box around it (top and bottom, same coordinates). */
  clip?: [number, number];
}

/** What one token area holds. */
export interface AreaSpec {
  list: RequestView[];
  /** More tokens than this and the others are drawn compact. */
  crowd: number;
  alwaysCompact?: boolean;
  max?: number;
}

/** Token sizes for a type scale (StageParts.css / Stage.css, wide and narrow stage). */
export interface Metrics {
  height: { full: number; compact: number };
  /** A full token too wide for its area wraps its parts: line height and vertical padding + border. */
  line: number;
  padY: number;
  char: { full: number; compact: number; status: number; more: number };
  pad: { full: number; compact: number; status: number; more: number };
  /** Between parts of a token (method, path, status). */
  inner: number;
  /** Between tokens. */
  gap: number;
}

/** One font size's token sizes: its height, monospace advance and horizontal padding. */
interface Size {
  height: number;
  char: number;
  pad: number;
}

/**
 * A type scale's metrics: full tokens in one size; compact pills, status pills
 * and "+N" share the smaller one (status pills with their own padding).
 */
function scale(s: {
  full: Size;
  small: Size;
  statusPad: number;
  line: number;
  padY: number;
  inner: number;
  gap: number;
}): Metrics {
  const { full, small } = s;
  return {
    height: { full: full.height, compact: small.height },
    line: s.line,
    padY: s.padY,
    char: { full: full.char, compact: small.char, status: small.char, more: small.char },
    pad: { full: full.pad, compact: small.pad, status: s.statusPad, more: small.pad },
    inner: s.inner,
    gap: s.gap,
  };
}

/** Monospace advance ≈ 0.6 em; 2 px of border; a little slack for the fallback fonts. */
export const WIDE: Metrics = scale({
  full: { height: 24, char: 6.95, pad: 9 },
  small: { height: 18, char: 6.35, pad: 7 },
  statusPad: 5,
  line: 16.5,
  padY: 8,
  inner: 6,
  gap: 5,
});
export const NARROW: Metrics = scale({
  full: { height: 16, char: 5.75, pad: 5 },
  small: { height: 14, char: 5.45, pad: 5 },
  statusPad: 3,
  line: 12.35,
  padY: 4,
  inner: 3,
  gap: 3,
});
/** The stage is narrow below this width (the container query in StageParts.css). */
export const NARROW_BELOW = 900;

export interface Placed {
  r: RequestView;
  area: string;
  x: number;
  y: number;
  w: number;
  h: number;
  compact: boolean;
  /** Too wide for its area: drawn on two lines at the area's width. */
  wrapped: boolean;
  current: boolean;
  /** The area's rect is known (false before the first measurement). */
  measured: boolean;
  /** Scrolled out of its box (drawn hidden). */
  clipped?: boolean;
}

export interface More {
  area: string;
  n: number;
  x: number;
  y: number;
  measured: boolean;
}

export interface AreaFlow {
  tokens: Placed[];
  more: More | null;
  height: number;
}

function statusCode(r: RequestView): number {
  return r.response?.status ?? (r.status ? parseInt(r.status, 10) : NaN);
}

/** The token's text: compact pills show the id or the final status; full ones method, path, status. */
export function tokenText(r: RequestView, compact: boolean) {
  const code = statusCode(r);
  const failed = r.done && !r.response;
  if (compact)
    return { id: failed ? '✕' : Number.isFinite(code) && r.done ? String(code) : `#${r.rid}` };
  const status = failed ? '✕' : Number.isFinite(code) && code > 0 ? String(code) : null;
  return { num: `#${r.rid}`, method: r.method, path: r.path || '/', status };
}

/** A request's own hue (golden-angle steps: neighbours differ), for its mark in every box. */
export function ridHue(rid: number): number {
  return Math.round(((rid - 1) * 137.508 + 215) % 360);
}

export function tokenWidth(r: RequestView, compact: boolean, m: Metrics): number {
  const t = tokenText(r, compact);
  if (t.id !== undefined) return Math.ceil(2 * m.pad.compact + 2 + m.char.compact * t.id.length);
  let w =
    2 * m.pad.full +
    2 +
    m.char.full * (t.num.length + t.method.length + t.path.length) +
    2 * m.inner;
  if (t.status) w += m.inner + 2 * m.pad.status + m.char.status * t.status.length;
  // The ↩ of a response on its way back often comes from a wider fallback font.
  if (r.direction === 'out' && !r.done) w += m.inner + 1.6 * m.char.full;
  return Math.ceil(w);
}

/** How tall a full token is when its parts wrap inside `width` (greedy, as flex-wrap does). */
export function wrappedHeight(r: RequestView, width: number, m: Metrics): number {
  const t = tokenText(r, false);
  if (t.id !== undefined) return m.height.compact;
  const parts = [
    m.char.full * (t.num.length + t.method.length + (r.direction === 'out' && !r.done ? 2 : 0)) +
      m.inner,
  ];
  parts.push(m.char.full * t.path.length);
  if (t.status) parts.push(2 * m.pad.status + m.char.status * t.status.length);
  const inner = width - 2 * m.pad.full - 2;
  let lines = 1;
  let used = 0;
  for (const w of parts) {
    if (used > 0 && used + m.inner + w > inner) {
      lines++;
      used = Math.min(w, inner);
    } else used += (used > 0 ? m.inner : 0) + w;
  }
  return Math.ceil(lines * m.line + m.padY);
}

/** One area's tokens in rows (wrapping at `width`), positions relative to the area. */
export function flowArea(
  area: string,
  spec: AreaSpec,
  current: number | null,
  width: number,
  m: Metrics,
): AreaFlow {
  const { items, more } = capTokens(spec.list, current, spec.max);
  const crowded = spec.alwaysCompact || spec.list.length > spec.crowd;
  const tokens: Placed[] = [];
  let x = 0;
  let y = 0;
  let row = 0;
  const put = (w: number, h: number) => {
    if (x > 0 && x + w > width) {
      x = 0;
      y += row + m.gap;
      row = 0;
    }
    const at = { x, y };
    x += w + m.gap;
    row = Math.max(row, h);
    return at;
  };
  for (const r of items) {
    const isCurrent = r.rid === current;
    const compact = crowded && !isCurrent;
    const natural = tokenWidth(r, compact, m);
    const wrapped = !compact && natural > width;
    const h = compact ? m.height.compact : wrapped ? wrappedHeight(r, width, m) : m.height.full;
    const w = Math.min(natural, width);
    const at = put(w, h);
    tokens.push({ r, area, ...at, w, h, compact, wrapped, current: isCurrent, measured: false });
  }
  let placedMore: More | null = null;
  if (more > 0) {
    const w = Math.ceil(2 * m.pad.more + m.char.more * (String(more).length + 1));
    placedMore = { area, n: more, ...put(w, m.height.compact), measured: false };
  }
  return { tokens, more: placedMore, height: tokens.length > 0 ? y + row : 0 };
}

/** Every area's flow (widths from the measured rects; one row each before any measurement). */
export function flowAll(
  areas: Map<string, AreaSpec>,
  rects: Record<string, Rect>,
  current: number | null,
  m: Metrics,
): Map<string, AreaFlow> {
  const out = new Map<string, AreaFlow>();
  for (const [id, spec] of areas)
    out.set(id, flowArea(id, spec, current, rects[id]?.w ?? Infinity, m));
  return out;
}

/** Token and "+N" places in the stage's coordinates: the area's origin plus the place in its flow. */
export function placeTokens(
  flows: Map<string, AreaFlow>,
  rects: Record<string, Rect>,
): { tokens: Placed[]; more: More[] } {
  const tokens: Placed[] = [];
  const more: More[] = [];
  for (const [id, flow] of flows) {
    const rect = rects[id];
    const dx = rect?.x ?? 0;
    const dy = rect?.y ?? 0;
    for (const t of flow.tokens) {
      const y = t.y + dy;
      const mid = y + t.h / 2;
      const clipped = rect?.clip ? mid < rect.clip[0] || mid > rect.clip[1] : false;
      tokens.push({ ...t, x: t.x + dx, y, measured: !!rect, clipped });
    }
    if (flow.more)
      more.push({ ...flow.more, x: flow.more.x + dx, y: flow.more.y + dy, measured: !!rect });
  }
  return { tokens, more };
}

/** The token areas of a step: one per box holding requests (the listen queue: one per slot). */
export function tokenAreas(
  boxes: Map<string, RequestView[]>,
  queueSlots: number,
): Map<string, AreaSpec> {
  const areas = new Map<string, AreaSpec>();
  for (const [box, list] of boxes) {
    if (list.length === 0) continue;
    if (box === 'queue') {
      list
        .slice(0, queueSlots)
        .forEach((r, i) =>
          areas.set(`queue:${i}`, { list: [r], crowd: 3, alwaysCompact: list.length > 3 }),
        );
    } else if (box === 'done') areas.set(box, { list, crowd: 3, alwaysCompact: true });
    else if (box.startsWith('thread:')) areas.set(box, { list, crowd: Infinity });
    else if (box.startsWith('proc:') || box.startsWith('layer:'))
      areas.set(box, { list, crowd: 2 });
    else areas.set(box, { list, crowd: 3 });
  }
  return areas;
}
