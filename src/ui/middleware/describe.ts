/** The one-line description of a layer, filled with the scene's own settings for it. */
import type { MiddlewareKind, MiddlewareSpec } from '../../sim/types';

export function describeVars(spec: MiddlewareSpec | undefined): Record<string, string> {
  if (!spec) return {};
  switch (spec.kind) {
    case 'auth':
      return { protect: spec.protect.join(', ') };
    case 'static':
      return { prefix: spec.prefix };
    case 'dispatcher':
      return { mounts: Object.keys(spec.mounts).join(', ') };
    default:
      return {};
  }
}

export function descKey(kind: MiddlewareKind): string {
  return `mw.desc.${kind}`;
}
