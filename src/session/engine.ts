/**
 * The simulation engine is loaded after the first frame: the stage, controls
 * and narration paint first, then the scene's trace fills them a moment
 * later. Keeps the engine (~24 KB gzip) out of what an embed must download
 * before it shows anything.
 */
export type Engine = typeof import('../sim/index');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('../sim/index').then((m) => (engine = m));
  return loading;
}

/** The engine if it has loaded, else null (callers then wait for loadEngine()). */
export function engineNow(): Engine | null {
  return engine;
}
