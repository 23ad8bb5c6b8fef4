/**
 * Lesson loader for the UI. Each lesson is its own lazy chunk: the `Lesson`
 * parsed and checked at build time (`lessonModules()` and `lessonCheck()` in
 * vitePlugin.ts), so the browser loads JSON and never parses Markdown.
 */
import type { SceneId } from '../sim/types';
import { type Lang, type Lesson, LessonError } from './lesson';

const files = import.meta.glob('/content/*/*.md', {
  query: '?lesson',
  import: 'default',
}) as Record<string, () => Promise<Lesson>>;

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
    lesson = load ? load() : Promise.reject(new LessonError(key.slice(1), 'no such lesson'));
    // Keep failures out of the cache so a retry can succeed (e.g. after HMR).
    lesson.catch(() => cache.delete(key));
    cache.set(key, lesson);
  }
  return lesson;
}
