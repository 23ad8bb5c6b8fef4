/** Which request the panels show: the current event's, else the latest one sent. */
import type { RequestView, Snapshot } from '../../player/snapshot';
import type { EnvironValue } from '../../sim/types';

export function currentRequest(s: Snapshot): RequestView | null {
  const rid = s.event?.rid;
  if (rid !== null && rid !== undefined && s.requests[rid]) return s.requests[rid];
  const last = s.order[s.order.length - 1];
  return last !== undefined ? (s.requests[last] ?? null) : null;
}

/** Python's repr of an environ value: 'GET', True, (1, 0), 443. */
export function pyRepr(v: EnvironValue): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `(${v.join(', ')})`;
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
