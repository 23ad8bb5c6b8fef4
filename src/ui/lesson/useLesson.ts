/** Loads the lesson for a scene and language (lazy, cached by the content loader). */
import { useEffect, useState } from 'react';
import { loadLesson } from '../../content/load';
import type { Lesson } from '../../content/lesson';
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
    loadLesson(scene, lang).then(
      (lesson) => alive && setState({ key, value: { status: 'ready', lesson } }),
      () => alive && setState({ key, value: { status: 'missing' } }),
    );
    return () => {
      alive = false;
    };
  }, [scene, lang, key]);
  return state.key === key ? state.value : { status: 'loading' };
}
