/** A worker's memory: its size after importing the app, and copy-on-write sharing lost over time. */
import type { MemoryMap } from '../types';
import type { Proc, World } from './world';

/** A Python process after importing the app (KiB, resident). */
export function baseMemory(threads: number): MemoryMap {
  return { code: 3200, data: 1400, heap: 22000, stack: 136 * threads, shared: 0 };
}

/**
 * CPython's reference counting writes to the objects a request touches, so
 * pages shared copy-on-write with the master get copied, request by request.
 */
export function erodeSharing(w: World, p: Proc): void {
  const m = p.memory;
  if (m.shared <= m.code) return;
  const lost = Math.round(m.heap * (0.02 + w.rng.cow.next() * 0.03));
  m.shared = Math.max(m.code, m.shared - lost);
}
