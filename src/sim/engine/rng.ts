/**
 * A small seeded PRNG (mulberry32): same seed, same sequence, on every
 * platform. The engine never calls Math.random; it draws from independent
 * streams derived from the scenario seed (createStreams).
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A float in [lo, hi). */
  range(lo: number, hi: number): number;
  /** An independent copy at the same point: its draws preview this stream's next ones. */
  clone(): Rng;
}

export function createRng(seed: number): Rng {
  return rngAt(seed >>> 0);
}

function rngAt(state: number): Rng {
  let a = state;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + next() * (hi - lo),
    clone: () => rngAt(a),
  };
}

/**
 * What the engine draws at random, one stream each. A stream per purpose
 * means a new draw in one (say, a second port per request) does not shift
 * every later pid and memory figure, so golden traces and lessons that pin a
 * pid stay put when an unrelated feature starts drawing.
 */
export type RngStream = 'pids' | 'ports' | 'cow';

export type RngStreams = Record<RngStream, Rng>;

/** FNV-1a over the name's UTF-16 code units: a fixed number per stream name. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: nearby seeds (42, 43) give unrelated 32-bit states. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of stream `name` for a scenario seed: the seed mixed with the name's hash. */
export function streamSeed(seed: number, name: RngStream): number {
  return fmix32((seed >>> 0) ^ hashName(name));
}

export function createStreams(seed: number): RngStreams {
  return {
    pids: createRng(streamSeed(seed, 'pids')),
    ports: createRng(streamSeed(seed, 'ports')),
    cow: createRng(streamSeed(seed, 'cow')),
  };
}
