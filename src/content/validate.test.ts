import { describe, expect, it } from 'vitest';
import type { SceneId } from '../sim/types';
import { parseLesson } from './parse';
import { resolveAnchors, stepAt } from './resolve';
import { fakeTrace, lessonText } from './testing';
import { validateLessons } from './validate';

const TRACE = fakeTrace([
  ['client.send', 1], // 0
  ['client.send', 2], // 1
  ['wsgi.call', 1], // 2
  ['wsgi.chunk', 1], // 3
  ['wsgi.call', 2], // 4
  ['wsgi.chunk', 2], // 5
  ['wsgi.chunk', 2], // 6
  ['client.receive', 1], // 7
]);

const body = (anchors: string[]) =>
  [
    'Intro.',
    ...anchors.map((a) => `<!-- step: ${a} -->\nText for ${a}.`),
    '## Sources',
    '- A source',
  ].join('\n\n');

function pair(scene: string, en: string[], ko: string[] = en) {
  return [
    { path: `content/en/${scene}.md`, text: lessonText({ scene, lang: 'en', body: body(en) }) },
    {
      path: `content/ko/${scene}.md`,
      text: lessonText({ scene, lang: 'ko', body: body(ko).replace('## Sources', '## 출처') }),
    },
  ];
}

const traces = (scene: SceneId) => {
  if (scene !== 'wsgi') throw new Error(`no scenario ${scene}`);
  return TRACE;
};

/** Fixture lessons have a step or two: the beat count is checked on the real content (content.test.ts). */
const check: typeof validateLessons = (files, traces, options) =>
  validateLessons(files, traces, { beats: null, ...options });

describe('validateLessons', () => {
  it('accepts a good pair', () => {
    expect(
      check(pair('wsgi', ['client.send', 'wsgi.chunk rid=2 nth=2', 'client.receive']), traces),
    ).toEqual([]);
  });

  it("keeps a caption (the first paragraph of a step) short; later paragraphs are the lesson's detail", () => {
    const long = 'A sentence of detail that goes on. '.repeat(14); // 490 characters
    const [en, ko] = pair('wsgi', ['client.send', 'wsgi.chunk']);
    const withLong = (text: string, para: string) => text.replace('Text for wsgi.chunk.', para);
    const tooLong = check([{ ...en, text: withLong(en.text, long) }, ko], traces);
    expect(tooLong.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^content\/en\/wsgi\.md, step 2 \(wsgi\.chunk\): the caption .* has 489 characters; at most 440/,
      ),
    ]);
    const split = withLong(en.text, `Text for wsgi.chunk.\n\n${long}`);
    expect(check([{ ...en, text: split }, ko], traces)).toEqual([]);
  });

  it('names the file and step of an anchor missing from the trace', () => {
    const errors = check(pair('wsgi', ['client.send', 'wsgi.chunk rid=2 nth=3']), traces);
    expect(errors.map((e) => e.message)).toEqual([
      'content/en/wsgi.md, step 2 (wsgi.chunk rid=2 nth=3): no such event in the trace (line 13)',
      'content/ko/wsgi.md, step 2 (wsgi.chunk rid=2 nth=3): no such event in the trace (line 13)',
    ]);
  });

  it('reports anchors out of trace order', () => {
    const errors = check(pair('wsgi', ['wsgi.call rid=2', 'wsgi.call rid=1']), traces);
    expect(errors).toHaveLength(2);
    expect(errors[0].message).toMatch(
      /^content\/en\/wsgi\.md, step 2 \(wsgi\.call rid=1\): event #2 is not after .* #4/,
    );
  });

  it('reports anchors that differ between the languages', () => {
    const errors = check(
      pair('wsgi', ['client.send', 'wsgi.call'], ['client.send', 'wsgi.chunk']),
      traces,
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^content\/ko\/wsgi\.md, step 2 \(wsgi\.chunk\): anchor differs from content\/en\/wsgi\.md step 2 \(wsgi\.call\)/,
      ),
    ]);
  });

  it('reports a missing language, a path mismatch and a missing trace', () => {
    const [en] = pair('wsgi', ['client.send']);
    const moved = { path: 'content/ko/static.md', text: en.text };
    const errors = check([en, moved], traces).map((e) => e.message);
    expect(errors).toContain(
      'content/ko/static.md: frontmatter lang `en` does not match the folder `ko`',
    );
    expect(errors).toContain(
      'content/ko/static.md: frontmatter scene `wsgi` does not match the file name `static`',
    );
    expect(errors).toContain(
      'content/ko/wsgi.md: missing: the scene has a lesson in en but none in ko',
    );
    const [fork] = pair('fork', ['client.send']);
    expect(check([fork], traces).map((e) => e.message)).toContain(
      'content/en/fork.md: no trace for scene `fork`: no scenario fork',
    );
  });

  it('reports a scene that does not exist', () => {
    const [en] = pair('wsgi', ['client.send']);
    const made = {
      path: 'content/en/nope.md',
      text: en.text.replace('scene: wsgi', 'scene: nope'),
    };
    expect(check([made], traces).map((e) => e.message)).toEqual([
      'content/en/nope.md: unknown scene `nope`',
    ]);
  });

  it('turns parse errors into reported errors instead of throwing', () => {
    const errors = check([{ path: 'content/en/wsgi.md', text: 'no frontmatter' }], traces);
    expect(errors[0].message).toContain('content/en/wsgi.md');
    expect(errors[0].message).toContain('frontmatter');
  });
});

describe('resolveAnchors / stepAt', () => {
  const lesson = parseLesson(
    'content/en/wsgi.md',
    lessonText({ body: body(['client.send rid=2', 'wsgi.chunk nth=2', 'client.receive']) }),
  );
  const idx = resolveAnchors(lesson, TRACE);

  it('finds the event index of each step', () => {
    expect(idx).toEqual([1, 5, 7]);
  });

  it('maps an event index to the step shown there', () => {
    expect([0, 1, 2, 4, 5, 6, 7].map((i) => stepAt(lesson, idx, i))).toEqual([
      -1, 0, 0, 0, 1, 1, 2,
    ]);
  });

  it('gives -1 for an anchor that is not in the trace', () => {
    expect(resolveAnchors(lesson, TRACE.slice(0, 3))).toEqual([1, -1, -1]);
    expect(stepAt(lesson, [1, -1, -1], 7)).toBe(0);
  });
});
