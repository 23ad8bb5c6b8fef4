/** One-click experiments of the lesson: each sets the whole lab (load, sizes, faults). */
import { DEFAULT_SETTINGS, type LabSettings } from './settings';

export type PresetId = 'cpu' | 'slow-clients' | 'blocking';
export const PRESET_IDS: readonly PresetId[] = ['cpu', 'slow-clients', 'blocking'];

const zeroMix = { static: 0, fast: 0, slow: 0, cpu: 0, upload: 0, slowClient: 0 };

export function preset(id: PresetId, seed = 1): LabSettings {
  const sizes = { ...DEFAULT_SETTINGS.sizes };
  switch (id) {
    case 'cpu':
      // Only CPU-bound Python: 2 processes × 8 threads share 2 GILs; 9 processes use all 4 cores.
      return {
        sizes,
        faults: [],
        load: {
          ...DEFAULT_SETTINGS.load,
          seed,
          clients: 40,
          mode: 'closed',
          thinkMs: 200,
          durationMs: 15_000,
          mix: { ...zeroMix, cpu: 100 },
        },
      };
    case 'slow-clients':
      // A third of the clients trickle their uploads: sync workers wait on them unless nginx buffers.
      return {
        sizes,
        faults: [],
        load: {
          ...DEFAULT_SETTINGS.load,
          seed,
          clients: 100,
          mode: 'closed',
          thinkMs: 500,
          durationMs: 20_000,
          mix: { ...zeroMix, static: 10, fast: 60, slowClient: 30 },
        },
      };
    case 'blocking':
      // A load every lane serves in milliseconds (quick requests and I/O waits); the event
      // lane runs one loop (one gevent worker holds all these connections with ease). At 5 s
      // a handler makes a 2 s call the loop cannot see: that one loop, and so the whole lane,
      // stops; elsewhere the call ties up one worker or one thread.
      return {
        sizes: { ...sizes, loopWorkers: 1 },
        faults: [{ kind: 'block-loop', lane: 'all', at: 5000, ms: 2000 }],
        load: {
          ...DEFAULT_SETTINGS.load,
          seed,
          clients: 60,
          mode: 'closed',
          thinkMs: 1000,
          durationMs: 15_000,
          mix: { ...zeroMix, static: 20, fast: 50, slow: 30 },
        },
      };
  }
}
