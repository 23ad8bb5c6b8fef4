/**
 * Every scene, in storyboard order, keyed by SceneId: a SceneId without a
 * scene module (or a module filed under the wrong id) does not compile.
 */
import type { SceneId, Scenario } from '../sim/types';
import type { Scene } from './define';
import { scene as bigPicture } from './big-picture';
import { scene as container } from './container';
import { scene as eventLoop } from './event-loop';
import { scene as fork } from './fork';
import { scene as framework } from './framework';
import { scene as loadLab } from './load-lab';
import { scene as middleware } from './middleware';
import { scene as prefork } from './prefork';
import { scene as processVsThread } from './process-vs-thread';
import { scene as staticFiles } from './static';
import { scene as threads } from './threads';
import { scene as wsgi } from './wsgi';
import { scene as reverseProxy } from './reverse-proxy';
import { scene as python } from './python';

export type { FigureKind, Scene, SceneDef, SceneExample } from './define';
export { defineScene } from './define';

/** Insertion order is the storyboard's order (navigation, embeds, lesson numbering). */
export const scenes: { [Id in SceneId]: Scene<Id> } = {
  static: staticFiles,
  fork,
  prefork,
  'process-vs-thread': processVsThread,
  threads,
  'event-loop': eventLoop,
  'reverse-proxy': reverseProxy,
  wsgi,
  middleware,
  container,
  framework,
  'big-picture': bigPicture,
  'load-lab': loadLab,
  python,
};

export const SCENE_ORDER = Object.keys(scenes) as SceneId[];

export function isSceneId(s: string): s is SceneId {
  return Object.prototype.hasOwnProperty.call(scenes, s);
}

/** The scenarios alone, as the engine's tests and the trace builders want them. */
export const scenarios = Object.fromEntries(SCENE_ORDER.map((id) => [id, scenes[id].scenario])) as {
  [Id in SceneId]: Scenario & { id: Id };
};
