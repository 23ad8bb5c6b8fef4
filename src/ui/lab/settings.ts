/**
 * The lab's settings (load, lane sizes, faults) and their URL form:
 * `?scene=load-lab&clients=500&mode=closed&think=1000&seed=7&mix=30.35.15.10.5.5&autoplay=1`.
 * Pure: no DOM. Invalid values fall back to defaults; nothing read from the
 * URL is passed on as text, only numbers and words picked from fixed lists.
 */
import type { LabFault, LabFaultKind, LaneId, LoadMix, LoadSpec } from '../../lab/types';

export const MIX_KINDS: readonly (keyof LoadMix)[] = [
  'static',
  'fast',
  'slow',
  'cpu',
  'upload',
  'slowClient',
];
export const LANE_IDS: readonly LaneId[] = ['fork', 'prefork', 'threads', 'event', 'proxy'];
export const FAULT_KINDS: readonly LabFaultKind[] = [
  'crash-worker',
  'block-loop',
  'slow-client',
  'worker-timeout',
  'overflow',
];

export interface LabSizes {
  workers: number;
  processes: number;
  threads: number;
  loopWorkers: number;
}

export interface LabSettings {
  load: LoadSpec;
  sizes: LabSizes;
  faults: LabFault[];
}

export const DEFAULT_SETTINGS: LabSettings = {
  load: {
    clients: 100,
    mode: 'closed',
    ratePerSec: 200,
    thinkMs: 1000,
    durationMs: 20_000,
    mix: { static: 30, fast: 35, slow: 15, cpu: 10, upload: 5, slowClient: 5 },
    seed: 1,
  },
  sizes: { workers: 9, processes: 2, threads: 8, loopWorkers: 4 },
  faults: [],
};

/** Bounds of every number the lab accepts: [min, max]. */
export const LIMITS = {
  clients: [1, 1000],
  ratePerSec: [1, 2000],
  thinkMs: [0, 10_000],
  durationS: [5, 60],
  seed: [0, 999_999],
  mix: [0, 100],
  workers: [1, 32],
  processes: [1, 16],
  threads: [1, 64],
  loopWorkers: [1, 16],
  faultAt: [0, 60_000],
} as const;
/** At most this many faults are kept (older ones are dropped). */
export const MAX_FAULTS = 8;

/** A whole number within [min, max], or null for anything else ("12abc", "1e3", "", "-0x1"). */
export function intIn(value: string | null, [min, max]: readonly [number, number]): number | null {
  if (value === null || !/^\s*-?\d{1,7}\s*$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function parseMix(value: string | null): LoadMix | null {
  if (value === null) return null;
  const parts = value.split('.');
  if (parts.length !== MIX_KINDS.length) return null;
  const nums = parts.map((p) => intIn(p, LIMITS.mix));
  if (nums.some((n) => n === null)) return null;
  const mix = {} as LoadMix;
  MIX_KINDS.forEach((k, i) => (mix[k] = nums[i]!));
  return mix;
}

/** `crash-worker.prefork.5000_block-loop.event.3000` → faults (invalid items are skipped). */
export function parseFaults(value: string | null): LabFault[] {
  if (value === null) return [];
  const out: LabFault[] = [];
  for (const item of value.split('_').slice(0, MAX_FAULTS)) {
    const [kind, lane, at] = item.split('.');
    const k = FAULT_KINDS.find((x) => x === kind);
    const l = lane === 'all' ? 'all' : LANE_IDS.find((x) => x === lane);
    const t = intIn(at ?? null, LIMITS.faultAt);
    if (k && l && t !== null) out.push({ kind: k, lane: l, at: t });
  }
  return out;
}

export function writeFaults(faults: readonly LabFault[]): string {
  return faults.map((f) => `${f.kind}.${f.lane}.${Math.round(f.at)}`).join('_');
}

export interface LabParams {
  settings: LabSettings;
  autoplay: boolean;
}

export function parseLabParams(search: string): LabParams {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const d = DEFAULT_SETTINGS;
  const mode = q.get('mode')?.trim().toLowerCase();
  const durationS = intIn(q.get('dur'), LIMITS.durationS);
  return {
    autoplay: q.get('autoplay') === '1' || q.get('autoplay') === 'true',
    settings: {
      load: {
        clients: intIn(q.get('clients'), LIMITS.clients) ?? d.load.clients,
        mode: mode === 'open' || mode === 'closed' ? mode : d.load.mode,
        ratePerSec: intIn(q.get('rate'), LIMITS.ratePerSec) ?? d.load.ratePerSec,
        thinkMs: intIn(q.get('think'), LIMITS.thinkMs) ?? d.load.thinkMs,
        durationMs: durationS !== null ? durationS * 1000 : d.load.durationMs,
        mix: parseMix(q.get('mix')) ?? { ...d.load.mix },
        seed: intIn(q.get('seed'), LIMITS.seed) ?? d.load.seed,
      },
      sizes: {
        workers: intIn(q.get('workers'), LIMITS.workers) ?? d.sizes.workers,
        processes: intIn(q.get('procs'), LIMITS.processes) ?? d.sizes.processes,
        threads: intIn(q.get('threads'), LIMITS.threads) ?? d.sizes.threads,
        loopWorkers: intIn(q.get('loops'), LIMITS.loopWorkers) ?? d.sizes.loopWorkers,
      },
      faults: parseFaults(q.get('faults')),
    },
  };
}

/** Parameter names the lab owns (removed when leaving the lab). */
export const LAB_PARAM_NAMES = [
  'clients',
  'mode',
  'rate',
  'think',
  'dur',
  'mix',
  'seed',
  'workers',
  'procs',
  'threads',
  'loops',
  'faults',
  'autoplay',
];

/** The query string with the lab's settings, keeping every other parameter of `search`. */
export function writeLabParams(search: string, s: LabSettings): string {
  const q = new URLSearchParams(search);
  for (const name of LAB_PARAM_NAMES) q.delete(name);
  q.set('clients', String(s.load.clients));
  q.set('mode', s.load.mode);
  if (s.load.mode === 'open') q.set('rate', String(s.load.ratePerSec));
  else q.set('think', String(s.load.thinkMs));
  q.set('dur', String(Math.round(s.load.durationMs / 1000)));
  q.set('mix', MIX_KINDS.map((k) => String(s.load.mix[k])).join('.'));
  q.set('seed', String(s.load.seed));
  q.set('workers', String(s.sizes.workers));
  q.set('procs', String(s.sizes.processes));
  q.set('threads', String(s.sizes.threads));
  q.set('loops', String(s.sizes.loopWorkers));
  if (s.faults.length) q.set('faults', writeFaults(s.faults));
  return `?${q.toString()}`;
}

export function withoutLabParams(search: string): string {
  const q = new URLSearchParams(search);
  for (const name of LAB_PARAM_NAMES) q.delete(name);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function clampInt(n: number, [min, max]: readonly [number, number]): number {
  if (!Number.isFinite(n)) return min;
  return Math.max(min, Math.min(max, Math.round(n)));
}
