/**
 * A scene as one module: everything the site needs to know about one scene of
 * the storyboard (its scenario, titles, example requests, which figure it
 * shows) lives in `src/scenes/<id>/index.ts`, written with `defineScene`.
 * The older lists (scenarios, scene ids, titles, examples) derive from the
 * record in ./index.ts, so adding a scene is one folder plus one line there.
 *
 * Pure data: no React, no store. src/scenes may import src/sim, never the UI.
 */
import type { Lang } from '../content/names';
import type { Scenario, SceneId } from '../sim/types';

/** A quick request offered under the form (url: path and query on the demo site). */
export interface SceneExample {
  method: string;
  url: string;
  body?: string;
  /** `Name: value` lines, as typed in the form. */
  headers?: string;
}

/**
 * What the main area shows: `stage` steps through the scenario's trace; `lab`
 * is the load lab (many lanes under generated load, figures instead of steps).
 */
export type FigureKind = 'stage' | 'lab';

export interface SceneDef<Id extends SceneId = SceneId> {
  id: Id;
  title: Record<Lang, string>;
  /** One line for the navigation's tooltip and the page description. */
  blurb: Record<Lang, string>;
  figure: FigureKind;
  /** The scene's script; its id is the scene's (given once, in `id`). */
  scenario: Omit<Scenario, 'id'>;
  /** The scene's own quick requests (the form adds common ones after them). */
  examples?: readonly SceneExample[];
}

export interface Scene<Id extends SceneId = SceneId> extends Omit<SceneDef<Id>, 'scenario'> {
  scenario: Scenario & { id: Id };
  examples: readonly SceneExample[];
}

export function defineScene<Id extends SceneId>(def: SceneDef<Id>): Scene<Id> {
  return {
    ...def,
    scenario: { id: def.id, ...def.scenario },
    examples: def.examples ?? [],
  };
}
