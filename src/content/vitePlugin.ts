/**
 * The two lesson plugins, registered in vite.config.ts:
 *
 * - `lessonModules()` (lessonModules.ts): `content/<lang>/<scene>.md?lesson`
 *   is the parsed `Lesson`, so the browser never parses Markdown.
 * - `lessonCheck()`: validates every lesson against its scenario's trace when
 *   a build starts, and fails the build listing every problem. During
 *   `vite dev` the same problems are printed as warnings so the server starts.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { SceneId, TraceEvent } from '../sim/types';
import { readLessonFiles } from './readFiles';
import { simTraceFor } from './simTraces';
import { validateLessons, type ValidateOptions } from './validate';

export { lessonModules } from './lessonModules';

export interface LessonCheckOptions {
  /** Traces to check against; defaults to `runScenario(scenarios[scene]).events`. */
  traceFor?: (scene: SceneId) => readonly TraceEvent[];
  /** Passed to the validator (default: the storyboard's 10–30 beats per scene). */
  beats?: ValidateOptions['beats'];
}

export function lessonCheck(options: LessonCheckOptions = {}): Plugin {
  let root = process.cwd();
  let serving = false;
  return {
    name: 'lesson-check',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    buildStart() {
      const files = readLessonFiles(root);
      for (const f of files) this.addWatchFile(join(root, f.path));
      const errors = validateLessons(files, options.traceFor ?? simTraceFor, {
        beats: options.beats,
      });
      if (errors.length === 0) return;
      const report = `${errors.length} lesson problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`;
      if (serving) this.warn(report);
      else this.error(report);
    },
  };
}
