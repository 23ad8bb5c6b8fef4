/**
 * A scene's beats come from its lesson: each anchor ends one. The lesson
 * loads in its own chunk; once loaded it is known here synchronously, so a
 * second visit to a scene shows its beats at once.
 */
import { captionOf, type Lesson } from '../content/lesson';
import { inlineText } from '../content/inline';
import { resolveAnchors } from '../content/resolve';
import type { SceneId, TraceEvent } from '../sim/types';
import { lessonBeats, type Beat } from '../store/beats';
import type { Lang } from '../store/explainerStore';

/** null: the scene has no lesson (or it failed to load): its timeline steps by event. */
const known = new Map<string, Lesson | null>();

const keyOf = (scene: SceneId, lang: Lang) => `${lang}/${scene}`;

export async function loadSceneLesson(scene: SceneId, lang: Lang): Promise<Lesson | null> {
  const key = keyOf(scene, lang);
  if (known.has(key)) return known.get(key) ?? null;
  const { hasLesson, loadLesson } = await import('../content/load');
  let lesson: Lesson | null = null;
  if (hasLesson(scene, lang)) {
    try {
      lesson = await loadLesson(scene, lang);
    } catch (error) {
      console.error(`Lesson ${key} failed to load:`, error);
    }
  }
  known.set(key, lesson);
  return lesson;
}

/** The beats of `events` when the lesson is already loaded; undefined when it must load first. */
export function beatsNow(
  scene: SceneId,
  lang: Lang,
  events: readonly TraceEvent[],
): Beat[] | undefined {
  const key = keyOf(scene, lang);
  if (!known.has(key)) return undefined;
  return beatsOf(known.get(key) ?? null, events);
}

export function beatsOf(lesson: Lesson | null, events: readonly TraceEvent[]): Beat[] {
  if (!lesson) return [];
  // Play rests longer on a longer caption (the step's first paragraph, see Narration).
  const chars = lesson.steps.map((s) =>
    captionOf(s).reduce((n, b) => n + inlineText(b.inlines).length, 0),
  );
  return lessonBeats(resolveAnchors(lesson, events), events.length, chars);
}
