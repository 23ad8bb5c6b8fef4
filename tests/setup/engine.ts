// The UI loads the engine, the narration's sentences and the lessons after its
// first frame (src/session/engine.ts, src/ui/narrate.ts,
// src/session/lessonBeats.ts). Unit tests render at once, so they start with
// all of them loaded.
import { loadEngine } from '../../src/session/engine';
import { loadSceneLesson } from '../../src/session/lessonBeats';
import { SCENE_IDS } from '../../src/ui/i18n/scenes';
import { loadNarration } from '../../src/ui/narrate';

await Promise.all([
  loadEngine(),
  loadNarration('en'),
  loadNarration('ko'),
  ...SCENE_IDS.flatMap((scene) => [loadSceneLesson(scene, 'en'), loadSceneLesson(scene, 'ko')]),
]);
