/**
 * `lessonModules()`: `content/<lang>/<scene>.md?lesson` becomes a JS module
 * whose default export is the parsed `Lesson` as JSON, so the browser gets
 * data and never a Markdown parser (`load.ts` imports lessons this way).
 * A lesson that does not parse fails the import with its `LessonError`
 * message (file, step, line). Registered in vite.config.ts (through
 * vitePlugin.ts) and in vitest.config.ts. Imports in this module's graph
 * carry `.ts`: Vite's config loader reads them, and warns about bare ones.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { parseLesson } from './parse.ts';

/** The import query that turns a lesson file into its parsed `Lesson`. */
export const LESSON_QUERY = 'lesson';

export function lessonModules(): Plugin {
  let root = process.cwd();
  return {
    name: 'lesson-modules',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      const [path, query = ''] = id.split('?', 2);
      if (!path.endsWith('.md') || !new URLSearchParams(query).has(LESSON_QUERY)) return null;
      const file = relative(root, path).split(sep).join('/');
      this.addWatchFile(path);
      let code: string;
      try {
        code = `export default ${JSON.stringify(parseLesson(file, readFileSync(path, 'utf8')))};\n`;
      } catch (e) {
        return this.error(e instanceof Error ? e.message : String(e));
      }
      return { code, map: { mappings: '' } };
    },
  };
}
