/** Loads the lesson for a scene and language (its own chunk, cached; the session loads the same one for its beats). */
import { useEffect, useState } from 'react';
import type { Lesson } from '../../content/lesson';
import { loadSceneLesson } from '../../session/lessonBeats';
import type { SceneId } from '../../sim/types';
import type { Lang } from '../../store/explainerStore';

export type LessonState =
  { status: 'loading' } | { status: 'ready'; lesson: Lesson } | { status: 'missing' };

export function useLesson(scene: SceneId, lang: Lang): LessonState {
  const [state, setState] = useState<{ key: string; value: LessonState }>({
    key: '',
    value: { status: 'loading' },
  });
  const key = `${lang}/${scene}`;
  useEffect(() => {
    let alive = true;
    void loadSceneLesson(scene, lang).then((lesson) => {
      if (alive)
        setState({ key, value: lesson ? { status: 'ready', lesson } : { status: 'missing' } });
    });
    return () => {
      alive = false;
    };
  }, [scene, lang, key]);
  return state.key === key ? state.value : { status: 'loading' };
}
