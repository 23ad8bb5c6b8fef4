/**
 * The dispatch models, one module each, in a record keyed by DispatchModel:
 * adding a model to the union without a strategy is a compile error here.
 */
import type { DispatchConfig, DispatchModel } from '../types';
import { eventLoop } from './eventLoop';
import { fork } from './fork';
import { prefork } from './prefork';
import type { DispatchStrategy } from './strategy';
import { threads } from './threads';

export type { DispatchStrategy, EnvironFlags } from './strategy';

/** Keyed by model, and each entry must name the model it is filed under. */
export const dispatchStrategies: { [M in DispatchModel]: DispatchStrategy & { model: M } } = {
  fork,
  prefork,
  threads,
  event: eventLoop,
};

export function strategyOf(model: DispatchModel): DispatchStrategy {
  return dispatchStrategies[model];
}

/**
 * Connections all workers together accept (serving, or queued inside a
 * gthread worker) before new ones wait in the listen queue; 0 for fork, whose master hands every connection to a new child.
 */
export function totalCapacity(d: DispatchConfig): number {
  const s = strategyOf(d.model);
  return s.masterAccepts ? 0 : s.workersAtBoot(d) * s.acceptLimit(d);
}

/** Drawn as one loop holding connections rather than as thread rows (null: no model known yet). */
export function drawsAsLoop(model: DispatchModel | null): boolean {
  return model !== null && strategyOf(model).singleLoop;
}
