/**
 * Pure helpers of the middleware editor: a stack is the scene's layers,
 * outermost first, each switched on or off. Off layers keep their place in
 * the list (so switching one back on restores it where it was) but are left
 * out of the site the trace is run on.
 */
import type { MiddlewareKind, MiddlewareSpec, SiteConfig } from '../../sim/types';
import type { StackLayer } from '../../store/explainerStore';

/** Every layer on, in the scene's order. */
export function defaultStack(specs: readonly MiddlewareSpec[]): StackLayer[] {
  return specs.map((s) => ({ kind: s.kind, on: true }));
}

export function toggleLayer(
  stack: readonly StackLayer[],
  kind: MiddlewareKind,
  on?: boolean,
): StackLayer[] {
  return stack.map((l) => (l.kind === kind ? { ...l, on: on ?? !l.on } : l));
}

/** `-1` moves the layer outward (towards the server), `+1` inward (towards the app); at an end nothing moves. */
export function moveLayer(
  stack: readonly StackLayer[],
  kind: MiddlewareKind,
  delta: -1 | 1,
): StackLayer[] {
  const from = stack.findIndex((l) => l.kind === kind);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= stack.length) return [...stack];
  const out = [...stack];
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

/** Same layers, same order, all on: the scene's own stack (the lesson's anchors hold). */
export function isDefaultStack(
  stack: readonly StackLayer[],
  specs: readonly MiddlewareSpec[],
): boolean {
  return stack.length === specs.length && stack.every((l, i) => l.on && l.kind === specs[i].kind);
}

/** The switched-on layers, in stack order, with the scene's own settings for each. */
export function stackSpecs(
  stack: readonly StackLayer[],
  specs: readonly MiddlewareSpec[],
): MiddlewareSpec[] {
  const byKind = new Map(specs.map((s) => [s.kind, s] as const));
  const out: MiddlewareSpec[] = [];
  for (const l of stack) {
    const spec = byKind.get(l.kind);
    if (l.on && spec) out.push(spec);
  }
  return out;
}

/** `site` with its middleware replaced by the stack's switched-on layers. */
export function siteWithStack(site: SiteConfig, stack: readonly StackLayer[]): SiteConfig {
  return { ...site, wsgi: { ...site.wsgi, middleware: stackSpecs(stack, site.wsgi.middleware) } };
}

/** `auth,static,-gzip,xslt,dispatcher`: outermost first, `-` marks a layer switched off. */
export function serialiseStack(stack: readonly StackLayer[]): string {
  return stack.map((l) => (l.on ? l.kind : `-${l.kind}`)).join(',');
}

const MAX_PARAM = 200;

/**
 * Reads a stack from a URL parameter. Tokens are the scene's layer kinds,
 * each at most once, optionally prefixed by `-` (off); layers not named are
 * added, switched off, after the named ones (`dispatcher,static,gzip` runs
 * those three). Anything else, or the default stack itself, gives null.
 * The result holds only kinds taken from `specs`, never the input text.
 */
export function parseStack(
  value: string | null | undefined,
  specs: readonly MiddlewareSpec[],
): StackLayer[] | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PARAM) return null;
  const kinds = specs.map((s) => s.kind);
  const seen = new Set<MiddlewareKind>();
  const stack: StackLayer[] = [];
  for (const raw of value.split(',')) {
    const m = /^\s*(-?)([a-z]+)\s*$/.exec(raw.toLowerCase());
    if (!m) return null;
    const kind = kinds.find((k) => k === m[2]);
    if (!kind || seen.has(kind)) return null;
    seen.add(kind);
    stack.push({ kind, on: m[1] !== '-' });
  }
  for (const kind of kinds) if (!seen.has(kind)) stack.push({ kind, on: false });
  return isDefaultStack(stack, specs) ? null : stack;
}
