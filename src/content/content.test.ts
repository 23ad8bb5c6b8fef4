/**
 * The real lessons in content/ against the real scenario traces: the same
 * check `lessonCheck()` runs at build time, so a broken lesson fails here too.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from './readFiles';
import { simTraceFor } from './simTraces';
import { validateLessons } from './validate';

const root = resolve(import.meta.dirname, '../..');
const files = readLessonFiles(root);

describe('content/', () => {
  it('has lessons to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // One test per file, so a broken lesson is named in the test list.
  const errors = validateLessons(files, simTraceFor);
  it.each(files.map((f) => f.path))('%s validates against its scenario trace', (path) => {
    expect(errors.filter((e) => e.file === path).map((e) => e.message)).toEqual([]);
  });

  it('no problem belongs to a file outside the list (e.g. a missing language)', () => {
    const paths = new Set(files.map((f) => f.path));
    expect(errors.filter((e) => !paths.has(e.file)).map((e) => e.message)).toEqual([]);
  });

  it('catches a broken lesson among the real ones', () => {
    const broken = files.map((f) =>
      f.path === 'content/ko/fork.md'
        ? {
            ...f,
            text: f.text.replace(
              '<!-- step: process.exit -->',
              '<!-- step: process.exit nth=99 -->',
            ),
          }
        : f,
    );
    const messages = validateLessons(broken, simTraceFor).map((e) => e.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/ko\/fork\.md, step \d+ \(process\.exit nth=99\): no such event in the trace \(line \d+\)$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/ko\/fork\.md, step \d+ \(process\.exit nth=99\): anchor differs from content\/en\/fork\.md/,
      ),
    );
  });

  it('names file, step and line when a real lesson stops parsing', () => {
    const anchor = '<!-- step: wsgi.close -->';
    const broken = files.map((f) =>
      f.path === 'content/en/wsgi.md'
        ? { ...f, text: f.text.replace(anchor, `${anchor}\n<div>raw</div>\n`) }
        : f,
    );
    const wsgi = files.find((f) => f.path === 'content/en/wsgi.md')!;
    const line = wsgi.text.split('\n').indexOf(anchor) + 2;
    const messages = validateLessons(broken, simTraceFor).map((e) => e.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/en/wsgi\\.md, step \\d+ \\(wsgi\\.close\\): raw HTML is not allowed .*\\(line ${line}\\)$`,
        ),
      ),
    );
  });

  it('fails a scene told in fewer than 10 beats (the build runs the same check)', () => {
    // Two steps of the static lesson run together: one beat fewer than its 10.
    const merged = files.map((f) =>
      f.path === 'content/en/static.md'
        ? { ...f, text: f.text.replace('<!-- step: client.receive nth=3 -->\n', '') }
        : f,
    );
    const messages = validateLessons(merged, simTraceFor).map((e) => e.message);
    expect(messages).toContain(
      'content/en/static.md: 9 beats (one per step); a scene has 10 to 30',
    );
  });
});
