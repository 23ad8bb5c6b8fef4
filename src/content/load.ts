/**
 * Runtime lesson loader. Each lesson is its own lazy chunk (`?raw` text),
 * parsed on first use and cached. Lessons were validated at build time by
 * `lessonCheck()`, so a parse error here means a broken build.
 */
import type { SceneId } from '../sim/types';
import { type Lang, type Lesson, LessonError } from './lesson';
import { parseLesson } from './parse';

const files = import.meta.glob('/content/*/*.md', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

const cache = new Map<string, Promise<Lesson>>();

const keyOf = (scene: SceneId, lang: Lang) => `/content/${lang}/${scene}.md`;

export function hasLesson(scene: SceneId, lang: Lang): boolean {
  return keyOf(scene, lang) in files;
}

/** The lessons that exist, as `{scene, lang}` pairs (from the file names). */
export function lessonIndex(): { scene: string; lang: string }[] {
  return Object.keys(files).map((k) => {
    const [, , lang, name] = k.split('/');
    return { scene: name.replace(/\.md$/, ''), lang };
  });
}

export function loadLesson(scene: SceneId, lang: Lang): Promise<Lesson> {
  const key = keyOf(scene, lang);
  let lesson = cache.get(key);
  if (!lesson) {
    const load = files[key];
    lesson = load
      ? load().then((text) => parseLesson(key.slice(1), text))
      : Promise.reject(new LessonError(key.slice(1), 'no such lesson'));
    // Keep failures out of the cache so a retry can succeed (e.g. after HMR).
    lesson.catch(() => cache.delete(key));
    cache.set(key, lesson);
  }
  return lesson;
}
