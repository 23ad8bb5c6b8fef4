/**
 * Applying an edited stack: the middleware scene's script is run again on
 * the edited site (pure and deterministic, a few milliseconds), the trace
 * replaces the widget's timeline, and the simulated server switches to the
 * same site so live requests go through the same layers.
 */
import type { StoreApi } from 'zustand/vanilla';
import { scenarios } from '../../sim/scenarios/scenes';
import type { SiteConfig, TraceEvent } from '../../sim/types';
import type { ExplainerState, StackLayer } from '../../store/explainerStore';
import { engineNow, loadEngine } from '../engine';
import { ensureSite, setSiteOverride, traceFor } from '../sceneData';
import { defaultStack, isDefaultStack, siteWithStack } from './stack';

const scenario = scenarios.middleware;

/** The scene's own layers, outermost first. */
export const SCENE_SPECS = scenario.site.wsgi.middleware;
/** The app at the onion's core (the dispatcher's default app). */
export const SCENE_APP = scenario.site.wsgi.app;

export function sceneStack(): StackLayer[] {
  return defaultStack(SCENE_SPECS);
}

/** The site and trace for a stack (null site: the scene's own). Needs the engine loaded. */
export function runStack(stack: readonly StackLayer[]): {
  site: SiteConfig | null;
  events: TraceEvent[];
} {
  if (isDefaultStack(stack, SCENE_SPECS))
    return { site: null, events: traceFor('middleware') ?? [] };
  const site = siteWithStack(scenario.site, stack);
  const engine = engineNow();
  if (!engine) return { site, events: [] };
  try {
    return { site, events: engine.runScenario({ ...scenario, site }).events };
  } catch (error) {
    // A stack the engine cannot run must not take the page down: show an empty stage.
    console.error('Edited middleware stack failed:', error);
    return { site, events: [] };
  }
}

/** Rebuilds the widget's timeline on `stack`, keeping the step (clamped), and points the server at it. */
export function applyStack(
  store: StoreApi<ExplainerState>,
  stack: readonly StackLayer[],
  step = store.getState().step,
): void {
  if (!engineNow()) {
    // A deep link with an edited stack, before the engine has loaded.
    void loadEngine().then(() => applyStack(store, stack, step));
    return;
  }
  const { site, events } = runStack(stack);
  store.getState().setScene('middleware', events, step, site ? { site, stack: [...stack] } : null);
  setSiteOverride('middleware', site);
  ensureSite('middleware');
}

export function resetStack(store: StoreApi<ExplainerState>): void {
  applyStack(store, sceneStack());
}
