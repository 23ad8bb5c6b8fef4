/**
 * A scene's world, started on its scenario (or the learner's edited site); a
 * broken scenario gives an empty stage on the default site, never a thrown error.
 */
import type { SceneWorld } from '../sim/simulator';
import type { Scenario, SceneId } from '../sim/types';
import type { Engine } from './engine';
import type { PythonSide } from './python';
import type { SiteEdit } from './session';

export function startWorld(
  engine: Engine,
  scene: SceneId,
  edit: SiteEdit | null,
  python: PythonSide | null,
): { world: SceneWorld; failed: boolean } {
  const scenario: Scenario | undefined = (engine.scenarios as Partial<Record<SceneId, Scenario>>)[
    scene
  ];
  const base = scenario ?? { id: scene, site: engine.defaultSite, seed: 1, requests: [] };
  try {
    const scenario = edit ? { ...base, site: edit.site } : base;
    return {
      world:
        scene === 'python' && python
          ? python.start(engine, scenario)
          : engine.startScenario(scenario),
      failed: false,
    };
  } catch (error) {
    // A broken scenario must not take the page down: an empty stage on the default site.
    console.error(`Scenario ${scene} failed:`, error);
    return {
      world: engine.startScenario({ id: scene, site: engine.defaultSite, seed: 1, requests: [] }),
      failed: true,
    };
  }
}
