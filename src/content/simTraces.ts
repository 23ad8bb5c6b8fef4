/** The real traces lessons are checked against: one run of each scene's scenario. */
import { runScenario, scenarios } from '../sim/index';
import type { SceneId, TraceEvent } from '../sim/types';

export function simTraceFor(scene: SceneId): readonly TraceEvent[] {
  const scenario = (scenarios as Partial<Record<SceneId, Parameters<typeof runScenario>[0]>>)[
    scene
  ];
  if (!scenario) throw new Error(`src/sim has no scenario \`${scene}\``);
  return runScenario(scenario).events;
}
