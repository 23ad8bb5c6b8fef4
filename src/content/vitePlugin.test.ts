import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeTrace, lessonText } from './testing';
import { lessonCheck } from './vitePlugin';

const root = mkdtempSync(join(tmpdir(), 'lesson-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
const body = (anchor: string) => `Intro.\n\n<!-- step: ${anchor} -->\nText.\n\n## Sources\n- S`;
write('content/en/wsgi.md', lessonText({ lang: 'en', body: body('wsgi.call') }));
write('content/ko/wsgi.md', lessonText({ lang: 'ko', body: body('wsgi.close') }));

const trace = fakeTrace([['wsgi.call', 1]]);

/** Runs the plugin's hooks the way Vite would, recording what it reports. */
function run(command: 'build' | 'serve') {
  const plugin = lessonCheck({ traceFor: () => trace, beats: null });
  const seen = { errors: [] as string[], warnings: [] as string[], watched: [] as string[] };
  const ctx = {
    error: (m: string) => {
      seen.errors.push(m);
      throw new Error(m);
    },
    warn: (m: string) => seen.warnings.push(m),
    addWatchFile: (f: string) => seen.watched.push(f),
  };
  (plugin.configResolved as (c: unknown) => void)({ root, command });
  let thrown: unknown = null;
  try {
    (plugin.buildStart as (this: unknown) => void).call(ctx);
  } catch (e) {
    thrown = e;
  }
  return { ...seen, thrown };
}

describe('lessonCheck()', () => {
  it('fails the build listing every problem with file and step', () => {
    const r = run('build');
    expect(r.thrown).toBeInstanceOf(Error);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(
      'content/ko/wsgi.md, step 1 (wsgi.close): no such event in the trace',
    );
    expect(r.errors[0]).toContain(
      'content/ko/wsgi.md, step 1 (wsgi.close): anchor differs from content/en/wsgi.md step 1 (wsgi.call)',
    );
    expect(r.watched).toHaveLength(2);
  });

  it('only warns during vite dev', () => {
    const r = run('serve');
    expect(r.thrown).toBeNull();
    expect(r.warnings[0]).toContain('2 lesson problem(s)');
  });

  it('passes a good set of lessons', () => {
    write('content/ko/wsgi.md', lessonText({ lang: 'ko', body: body('wsgi.call') }));
    const r = run('build');
    expect(r.thrown).toBeNull();
    expect(r.errors).toEqual([]);
  });
});
