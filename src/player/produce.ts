/**
 * Immutable updates for the fold. mutative (copy-on-write drafts, frozen
 * results, structural sharing) is loaded with the simulation engine, after
 * the first frame: a timeline has events only once the engine is there, so
 * the first frame never needs it (it weighs ~6 KB gzip in an embed).
 */
import type { Draft } from 'mutative';

type Create = typeof import('mutative').create;

let create: Create | null = null;
let loading: Promise<void> | null = null;

/** Loads mutative (session/engine.ts calls it next to the engine). */
export function loadProduce(): Promise<void> {
  loading ??= import('mutative').then((m) => {
    create = m.create;
  });
  return loading;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * `recipe` applied to a draft of `base`; the result is frozen and shares
 * what the recipe did not touch. Before mutative has loaded (nothing in the
 * app folds events that early) it falls back to a frozen deep copy.
 */
export function produce<T extends object>(base: T, recipe: (draft: Draft<T>) => void): T {
  if (create) return create(base, recipe, { enableAutoFreeze: true }) as T;
  const copy = structuredClone(base);
  recipe(copy as Draft<T>);
  return deepFreeze(copy);
}

/** Freezes a state that no recipe made (the empty stage, a summary). */
export function frozen<T extends object>(value: T): T {
  return deepFreeze(value);
}
