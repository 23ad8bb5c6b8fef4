/**
 * Scene → trace and site. A scene's trace is a pure function of its scenario
 * (fixed seed), so it is computed once per page and shared by every widget.
 */
import type { StoreApi } from 'zustand/vanilla';
import { runScenario, scenarios } from '../sim/index';
import type { SceneId, SiteConfig, TraceEvent } from '../sim/types';
import { getSimulator, setSite } from '../server/siteRegistry';
import type { ExplainerState } from '../store/explainerStore';

const traces = new Map<SceneId, TraceEvent[]>();

export function traceFor(scene: SceneId): TraceEvent[] {
  let events = traces.get(scene);
  if (!events) {
    const scenario = (scenarios as Partial<Record<SceneId, Parameters<typeof runScenario>[0]>>)[scene];
    try {
      events = scenario ? runScenario(scenario).events : [];
    } catch (error) {
      // A broken scenario must not take the page down: show an empty stage.
      console.error(`Scenario ${scene} failed:`, error);
      events = [];
    }
    traces.set(scene, events);
  }
  return events;
}

/**
 * A learner's edited site per scene (the middleware editor). The simulated
 * server is one per page, so this is too: live requests go through the edit.
 */
const overrides = new Map<SceneId, SiteConfig>();

export function setSiteOverride(scene: SceneId, site: SiteConfig | null): void {
  if (site) overrides.set(scene, site);
  else overrides.delete(scene);
}

export function siteFor(scene: SceneId): SiteConfig | null {
  const edited = overrides.get(scene);
  if (edited) return edited;
  return (scenarios as Partial<Record<SceneId, { site: SiteConfig }>>)[scene]?.site ?? null;
}

/** Make the simulated server run this scene's site (fresh only when it differs). */
export function ensureSite(scene: SceneId): void {
  const site = siteFor(scene);
  if (site && getSimulator().site !== site) setSite(site);
}

/** Switch a widget to a scene: its trace, its server. */
export function switchScene(store: StoreApi<ExplainerState>, scene: SceneId, step = -1): void {
  // setScene drops the store's edit; the server follows.
  overrides.delete(scene);
  store.getState().setScene(scene, traceFor(scene), step);
  ensureSite(scene);
}
