import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseFaults,
  parseLabParams,
  withoutLabParams,
  writeLabParams,
} from './settings';

describe('lab settings ↔ URL', () => {
  it('reads the documented deep link', () => {
    const p = parseLabParams(
      '?scene=load-lab&clients=500&mode=closed&think=1000&seed=7&mix=0.10.20.70.0.0&autoplay=1',
    );
    expect(p.autoplay).toBe(true);
    expect(p.settings.load).toMatchObject({ clients: 500, mode: 'closed', thinkMs: 1000, seed: 7 });
    expect(p.settings.load.mix).toEqual({
      static: 0,
      fast: 10,
      slow: 20,
      cpu: 70,
      upload: 0,
      slowClient: 0,
    });
  });

  it('falls back to defaults for invalid or out-of-range values', () => {
    const p = parseLabParams(
      '?clients=5000&mode=<b>x</b>&think=-1&seed=1e3&mix=1.2.3&dur=abc&workers=0&threads=65',
    );
    expect(p.settings.load.clients).toBe(DEFAULT_SETTINGS.load.clients);
    expect(p.settings.load.mode).toBe('closed');
    expect(p.settings.load.thinkMs).toBe(DEFAULT_SETTINGS.load.thinkMs);
    expect(p.settings.load.seed).toBe(DEFAULT_SETTINGS.load.seed);
    expect(p.settings.load.mix).toEqual(DEFAULT_SETTINGS.load.mix);
    expect(p.settings.load.durationMs).toBe(DEFAULT_SETTINGS.load.durationMs);
    expect(p.settings.sizes.workers).toBe(DEFAULT_SETTINGS.sizes.workers);
    expect(p.settings.sizes.threads).toBe(DEFAULT_SETTINGS.sizes.threads);
    expect(p.autoplay).toBe(false);
  });

  it('keeps only well-formed faults, never echoing input', () => {
    const faults = parseFaults(
      'crash-worker.prefork.5000_<script>.event.1_block-loop.all.300_overflow.nowhere.1_slow-client.proxy.x',
    );
    expect(faults).toEqual([
      { kind: 'crash-worker', lane: 'prefork', at: 5000 },
      { kind: 'block-loop', lane: 'all', at: 300 },
    ]);
  });

  it('round-trips settings and faults, keeping unrelated parameters', () => {
    const settings = {
      load: {
        ...DEFAULT_SETTINGS.load,
        clients: 250,
        mode: 'open' as const,
        ratePerSec: 120,
        seed: 42,
        durationMs: 30_000,
        mix: { static: 1, fast: 2, slow: 3, cpu: 4, upload: 5, slowClient: 6 },
      },
      sizes: { workers: 5, processes: 3, threads: 4, loopWorkers: 2 },
      faults: [{ kind: 'worker-timeout' as const, lane: 'proxy' as const, at: 1200 }],
    };
    const search = writeLabParams('?scene=load-lab&lang=ko&autoplay=1', settings);
    const q = new URLSearchParams(search);
    expect(q.get('scene')).toBe('load-lab');
    expect(q.get('lang')).toBe('ko');
    expect(q.get('autoplay')).toBeNull();
    const back = parseLabParams(search).settings;
    expect(back.load).toMatchObject({
      clients: 250,
      mode: 'open',
      ratePerSec: 120,
      seed: 42,
      durationMs: 30_000,
      mix: settings.load.mix,
    });
    expect(back.sizes).toEqual(settings.sizes);
    expect(back.faults).toEqual(settings.faults);
    expect(withoutLabParams(search)).toBe('?scene=load-lab&lang=ko');
  });
});
