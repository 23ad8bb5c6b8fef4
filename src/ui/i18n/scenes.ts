/**
 * The scenes of the storyboard, in order, with their titles in both languages.
 * The titles are written in each scene's module (src/scenes/<id>/index.ts).
 */
import { SCENE_ORDER, scenes } from '../../scenes';
import type { SceneId } from '../../sim/types';
import type { Lang } from '../../store/explainerStore';

export interface SceneInfo {
  id: SceneId;
  title: Record<Lang, string>;
  /** One line for the navigation's tooltip and the page description. */
  blurb: Record<Lang, string>;
}

export const SCENES: readonly SceneInfo[] = SCENE_ORDER.map((id) => {
  const { title, blurb } = scenes[id];
  return { id, title, blurb };
});

export const SCENE_IDS: readonly SceneId[] = SCENES.map((s) => s.id);

export function sceneInfo(id: SceneId): SceneInfo {
  return SCENES.find((s) => s.id === id) ?? SCENES[0];
}
