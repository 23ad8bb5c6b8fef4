/**
 * Checks every lesson file against its path, its scenario's trace and its
 * other-language twin. Returns all problems (never throws), each a
 * `LessonError` whose message names the file and the step.
 */
import { isSceneId, scenes } from '../scenes';
import type { SceneId, TraceEvent } from '../sim/types';
import { CAPTION_MAX, type Lesson, LessonError, anchorLabel, captionOf } from './lesson';
import { inlineText } from './inline';
import { LANGS } from './names';
import { parseLesson } from './parse';
import { findAnchor } from './resolve';

export interface LessonFile {
  /** Relative to the project root, e.g. `content/en/wsgi.md`. */
  path: string;
  text: string;
}

/** A scene is told in this many beats (storyboard, "Beats"): each anchor ends one (the last runs to the end of the trace). */
export const MIN_BEATS = 10;
export const MAX_BEATS = 30;

const PATH = /(?:^|[\\/])content[\\/]([^\\/]+)[\\/]([^\\/]+)\.md$/;

export interface ValidateOptions {
  /** How many beats a scene may have; null skips the count (tests with tiny fixture lessons). */
  beats?: readonly [number, number] | null;
}

export function validateLessons(
  files: readonly LessonFile[],
  traceFor: (scene: SceneId) => readonly TraceEvent[],
  { beats: range = [MIN_BEATS, MAX_BEATS] }: ValidateOptions = {},
): LessonError[] {
  const errors: LessonError[] = [];
  const lessons: Lesson[] = [];

  for (const { path, text } of files) {
    let lesson: Lesson;
    try {
      lesson = parseLesson(path, text);
    } catch (e) {
      errors.push(e instanceof LessonError ? e : new LessonError(path, String(e)));
      continue;
    }
    if (!isSceneId(lesson.scene)) {
      errors.push(new LessonError(path, `unknown scene \`${lesson.scene}\``));
      continue;
    }
    const m = PATH.exec(path);
    if (!m) {
      errors.push(new LessonError(path, 'a lesson must live at content/<lang>/<scene>.md'));
      continue;
    }
    const [, dirLang, fileScene] = m;
    if (lesson.lang !== dirLang)
      errors.push(
        new LessonError(
          path,
          `frontmatter lang \`${lesson.lang}\` does not match the folder \`${dirLang}\``,
        ),
      );
    if (lesson.scene !== fileScene)
      errors.push(
        new LessonError(
          path,
          `frontmatter scene \`${lesson.scene}\` does not match the file name \`${fileScene}\``,
        ),
      );
    lessons.push(lesson);
  }

  const traces = new Map<SceneId, readonly TraceEvent[] | Error>();
  const eventsOf = (scene: SceneId) => {
    if (!traces.has(scene)) {
      try {
        traces.set(scene, traceFor(scene));
      } catch (e) {
        traces.set(scene, e instanceof Error ? e : new Error(String(e)));
      }
    }
    return traces.get(scene)!;
  };

  for (const lesson of lessons) {
    const events = eventsOf(lesson.scene);
    if (events instanceof Error) {
      errors.push(
        new LessonError(lesson.file, `no trace for scene \`${lesson.scene}\`: ${events.message}`),
      );
      continue;
    }
    let previous = -1;
    // The load lab shows figures, not captions under a stepped figure.
    const captioned = scenes[lesson.scene].figure !== 'lab';
    lesson.steps.forEach((step, i) => {
      const place = { step: i + 1, anchor: anchorLabel(step.anchor), line: step.line };
      const at = findAnchor(step.anchor, events);
      if (at < 0) {
        errors.push(new LessonError(lesson.file, 'no such event in the trace', place));
        return;
      }
      if (at <= previous) {
        errors.push(
          new LessonError(
            lesson.file,
            `event #${at} is not after the previous step's event #${previous}`,
            place,
          ),
        );
      }
      previous = at;
      const caption = captionOf(step).reduce((n, b) => n + inlineText(b.inlines).length, 0);
      const max = CAPTION_MAX[lesson.lang];
      if (captioned && caption > max)
        errors.push(
          new LessonError(
            lesson.file,
            `the caption (the step's first paragraph) has ${caption} characters; at most ${max}: move the detail into a second paragraph`,
            place,
          ),
        );
    });
    // The load lab shows figures under load, not a trace told step by step.
    if (!range || scenes[lesson.scene].figure === 'lab') continue;
    const beats = lesson.steps.length;
    if (beats < range[0] || beats > range[1])
      errors.push(
        new LessonError(
          lesson.file,
          `${beats} beats (one per step); a scene has ${range[0]} to ${range[1]}`,
        ),
      );
  }

  errors.push(...checkPairs(lessons));
  return errors;
}

/** Both languages exist for every scene, with the same anchors in the same order. */
function checkPairs(lessons: readonly Lesson[]): LessonError[] {
  const errors: LessonError[] = [];
  const byScene = new Map<SceneId, Map<string, Lesson>>();
  for (const l of lessons) {
    if (!byScene.has(l.scene)) byScene.set(l.scene, new Map());
    byScene.get(l.scene)!.set(l.lang, l);
  }
  for (const [scene, langs] of byScene) {
    const present = [...langs.values()];
    for (const lang of LANGS) {
      if (!langs.has(lang)) {
        errors.push(
          new LessonError(
            `content/${lang}/${scene}.md`,
            `missing: the scene has a lesson in ${present.map((l) => l.lang).join(', ')} but none in ${lang}`,
          ),
        );
      }
    }
    const [first, ...others] = present;
    for (const other of others) {
      const a = first.steps.map((s) => anchorLabel(s.anchor));
      const b = other.steps.map((s) => anchorLabel(s.anchor));
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (a[i] === b[i]) continue;
        const place = { step: i + 1, anchor: b[i] ?? '(none)', line: other.steps[i]?.line };
        errors.push(
          new LessonError(
            other.file,
            `anchor differs from ${first.file} step ${i + 1} (${a[i] ?? 'none'})`,
            place,
          ),
        );
        break;
      }
    }
  }
  return errors;
}
