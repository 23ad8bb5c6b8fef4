/**
 * Applying an edited stack: the session runs the middleware scene's script
 * again on the edited site (pure and deterministic, a few milliseconds) in a
 * new world, so the timeline and every live request go through the same
 * layers.
 */
import type { Session } from '../../session/session';
import { scenarios } from '../../sim/scenarios/scenes';
import { linkStep } from '../../store/beats';
import type { StackLayer } from '../../store/explainerStore';
import { defaultStack, isDefaultStack, siteWithStack } from './stack';

const scenario = scenarios.middleware;

/** The scene's own layers, outermost first. */
export const SCENE_SPECS = scenario.site.wsgi.middleware;
/** The app at the onion's core (the dispatcher's default app). */
export const SCENE_APP = scenario.site.wsgi.app;

export function sceneStack(): StackLayer[] {
  return defaultStack(SCENE_SPECS);
}

/** Rebuilds the session's world and timeline on `stack`, keeping the step (clamped). */
export function applyStack(
  session: Session,
  stack: readonly StackLayer[],
  step = linkStep(session.store.getState()),
): void {
  const edit = isDefaultStack(stack, SCENE_SPECS)
    ? null
    : { site: siteWithStack(scenario.site, stack), stack: [...stack] };
  if (session.store.getState().scene !== 'middleware') session.setScene('middleware', step);
  session.setSite(edit, step);
}

export function resetStack(session: Session): void {
  applyStack(session, sceneStack());
}
