/**
 * Scene → trace and site. A scene's trace is a pure function of its scenario
 * (fixed seed), so it is computed once per page and shared by every widget.
 */
import type { StoreApi } from 'zustand/vanilla';
import { scenarios } from '../sim/scenarios/scenes';
import type { Scenario, SceneId, SiteConfig, TraceEvent } from '../sim/types';
import { engineNow, loadEngine } from './engine';
import { getSimulator, setSite } from '../server/siteRegistry';
import type { ExplainerState } from '../store/explainerStore';

const traces = new Map<SceneId, TraceEvent[]>();

/** The scene's trace, or null while the engine is still loading (see traceWhenReady). */
export function traceFor(scene: SceneId): TraceEvent[] | null {
  let events = traces.get(scene);
  if (!events) {
    const engine = engineNow();
    if (!engine) return null;
    const scenario = (scenarios as Partial<Record<SceneId, Scenario>>)[scene];
    try {
      events = scenario ? engine.runScenario(scenario).events : [];
    } catch (error) {
      // A broken scenario must not take the page down: show an empty stage.
      console.error(`Scenario ${scene} failed:`, error);
      events = [];
    }
    traces.set(scene, events);
  }
  return events;
}

/** The scene's trace once the engine has loaded. */
export async function traceWhenReady(scene: SceneId): Promise<TraceEvent[]> {
  await loadEngine();
  return traceFor(scene) ?? [];
}

/**
 * Give a widget its scene's trace: at once when the engine is there, else as
 * soon as it loads (keeping the step asked for, and playing if asked to).
 */
export function fillScene(store: StoreApi<ExplainerState>, scene: SceneId, step = -1): void {
  const events = traceFor(scene);
  if (events) {
    store.getState().setScene(scene, events, step);
    return;
  }
  const wasPlaying = store.getState().playing;
  if (store.getState().scene !== scene || store.getState().ready)
    store.getState().setPending(scene);
  void traceWhenReady(scene).then((later) => {
    const s = store.getState();
    if (s.scene !== scene || s.ready) return; // the learner moved on meanwhile
    const playing = wasPlaying || s.playing;
    s.setScene(scene, later, step);
    if (playing) store.getState().play();
  });
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
  fillScene(store, scene, step);
  ensureSite(scene);
}
