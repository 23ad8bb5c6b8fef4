/**
 * The simulation engine is loaded after the first frame: the stage, controls
 * and narration paint first, then the scene's trace fills them a moment
 * later. Keeps the engine (~24 KB gzip) out of what an embed must download
 * before it shows anything.
 */
import { loadProduce } from '../player/produce';

export type Engine = typeof import('../sim/index');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  // The fold's immutable updates arrive with the engine: events only exist from then on.
  loading ??= Promise.all([import('../sim/index'), loadProduce()]).then(([m]) => (engine = m));
  return loading;
}

/** The engine if it has loaded, else null (callers then wait for loadEngine()). */
export function engineNow(): Engine | null {
  return engine;
}
