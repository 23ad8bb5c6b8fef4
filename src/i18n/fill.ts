/**
 * Placeholders in UI strings: `{name}` is the value; `{name|이/가}` adds the
 * Korean particle that agrees with the value (6016이, 2가); `{n|nth}` writes a
 * Korean ordinal (첫 번째, 두 번째). One function for every dictionary, so a
 * Korean string never needs a fixed particle after a generated word.
 */
import { ordinal, withJosa, type Particle } from './particle';

const PARTICLES = new Set<string>(['이/가', '을/를', '은/는', '와/과', '으로/로']);

export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (m, key: string, spec?: string) => {
    if (!(key in vars)) return m;
    const value = vars[key];
    if (spec === 'nth') return ordinal(Number(value));
    if (spec && PARTICLES.has(spec)) return withJosa(value, spec as Particle);
    return String(value);
  });
}
