/**
 * A real `vite build` of a tiny project with the two lesson plugins: a good
 * lesson becomes data in its own chunk (no Markdown parser in the bundle), and
 * a broken one fails the build with its file, step and line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Rollup, build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonModules } from './lessonModules';
import { fakeTrace, lessonText } from './testing';
import { lessonCheck } from './vitePlugin';

const root = mkdtempSync(join(tmpdir(), 'lesson-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
const body = (anchor: string) =>
  `Intro with *em*.\n\n<!-- step: ${anchor} -->\nText.\n\n## Sources\n- https://peps.python.org/pep-3333/`;
const lesson = (lang: string, anchor: string) => lessonText({ lang, body: body(anchor) });

write(
  'main.js',
  `const lessons = import.meta.glob('/content/*/*.md', { query: '?lesson', import: 'default' });
   lessons['/content/en/wsgi.md']().then((l) => console.log(l.title));`,
);
write('index.html', '<script type="module" src="./main.js"></script>');

async function buildIt(): Promise<Rollup.OutputChunk[]> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      lessonModules(),
      lessonCheck({ traceFor: () => fakeTrace([['wsgi.call', 1]]), beats: null }),
    ],
    build: { write: false, minify: false },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output.filter((c) => c.type === 'chunk'));
}

describe('vite build with lessonModules() and lessonCheck()', () => {
  it('puts each parsed lesson in its own chunk, with no Markdown parser', async () => {
    write('content/en/wsgi.md', lesson('en', 'wsgi.call'));
    write('content/ko/wsgi.md', lesson('ko', 'wsgi.call'));
    const chunks = await buildIt();
    const fileOf = (c: Rollup.OutputChunk) => /\bfile"?:\s*"(content\/[^"]+)"/.exec(c.code)?.[1];
    const lessonChunks = chunks.filter((c) => fileOf(c));
    expect(lessonChunks.map(fileOf).sort()).toEqual(['content/en/wsgi.md', 'content/ko/wsgi.md']);
    expect(lessonChunks[0].code).toMatch(/kind"?:\s*"em"/);
    expect(chunks.some((c) => /micromark|fromMarkdown|mdast/i.test(c.code))).toBe(false);
  });

  it('fails on a lesson that does not parse, naming the file, the step and the line', async () => {
    write('content/en/wsgi.md', lesson('en', 'wsgi.call nth=0'));
    await expect(buildIt()).rejects.toThrow(
      'content/en/wsgi.md, step 1 (wsgi.call nth=0): nth counts from 1 (line 10)',
    );
  });

  it('fails on an anchor that is not in the trace, naming the file, the step and the line', async () => {
    write('content/en/wsgi.md', lesson('en', 'wsgi.call'));
    write('content/ko/wsgi.md', lesson('ko', 'wsgi.call nth=2'));
    await expect(buildIt()).rejects.toThrow(
      'content/ko/wsgi.md, step 1 (wsgi.call nth=2): no such event in the trace (line 10)',
    );
  });
});
