import { describe, expect, it } from 'vitest';
import { inlineText, parseInline } from './inline';
import { LessonError } from './lesson';
import { parseLesson } from './parse';
import { lessonText } from './testing';

const BODY = `Intro with **bold** and a [link](https://peps.python.org/pep-3333/).

<!-- step: client.send -->
The client sends.
Second line of the same paragraph.

<!-- step: wsgi.start_response rid=2 nth=3 -->
- first item
- second \`item\`

> [!post]
> The post says X.
> In truth, Y.

<!-- step: wsgi.close -->
Done.

## Sources
- PEP 3333: https://peps.python.org/pep-3333/#specification-details
`;

function errorOf(f: () => unknown): LessonError {
  try {
    f();
  } catch (e) {
    if (e instanceof LessonError) return e;
    throw e;
  }
  throw new Error('expected a LessonError');
}

describe('parseLesson', () => {
  it('reads frontmatter, intro, steps, post notes and sources', () => {
    const l = parseLesson('content/en/wsgi.md', lessonText({ body: BODY }));
    expect(l).toMatchObject({ scene: 'wsgi', lang: 'en', title: 'A title', summary: 'A summary.' });
    expect(l.intro).toHaveLength(1);
    expect(l.steps.map((s) => s.anchor)).toEqual([
      { type: 'client.send', nth: 1 },
      { type: 'wsgi.start_response', rid: 2, nth: 3 },
      { type: 'wsgi.close', nth: 1 },
    ]);
    expect(inlineText(l.steps[0].blocks[0].inlines)).toBe(
      'The client sends. Second line of the same paragraph.',
    );
    expect(l.steps[1].blocks.map((b) => b.kind)).toEqual(['item', 'item', 'post']);
    expect(inlineText(l.steps[1].blocks[2].inlines)).toBe('The post says X. In truth, Y.');
    expect(l.sources).toHaveLength(1);
    expect(l.sources[0].inlines).toContainEqual({
      kind: 'link',
      href: 'https://peps.python.org/pep-3333/#specification-details',
      children: [{ kind: 'text', text: 'https://peps.python.org/pep-3333/#specification-details' }],
    });
  });

  it('accepts 출처 as the Korean Sources heading', () => {
    const body = BODY.replace('## Sources', '## 출처');
    expect(
      parseLesson('content/ko/wsgi.md', lessonText({ lang: 'ko', body })).sources,
    ).toHaveLength(1);
  });

  it('names the file, the step and the anchor in errors', () => {
    const body = BODY.replace('wsgi.start_response rid=2 nth=3', 'wsgi.start_response rid=two');
    const e = errorOf(() => parseLesson('content/en/wsgi.md', lessonText({ body })));
    expect(e.message).toContain('content/en/wsgi.md, step 2 (wsgi.start_response rid=two)');
    expect(e.message).toContain('bad anchor option');
  });

  it('rejects unknown event types, stray comments, plain quotes and missing Sources', () => {
    const cases: [string, string][] = [
      [BODY.replace('wsgi.close', 'wsgi.closed'), 'unknown event type `wsgi.closed`'],
      [BODY.replace('Done.', 'Done.\n\n<!-- todo -->'), 'not a step anchor'],
      [BODY.replace('> [!post]\n', ''), '`> [!post]`'],
      [BODY.replace(/## Sources[\s\S]*/, ''), 'no `## Sources`'],
      [BODY.replace('Done.', ''), 'step 3 (wsgi.close): step has no text'],
      [BODY.replace('Done.', '### Heading'), 'headings are not allowed'],
    ];
    for (const [body, message] of cases) {
      expect(
        errorOf(() => parseLesson('content/en/wsgi.md', lessonText({ body }))).message,
      ).toContain(message);
    }
  });

  it('requires every frontmatter field', () => {
    const text = lessonText({ body: BODY }).replace('summary: A summary.\n', '');
    expect(errorOf(() => parseLesson('content/en/wsgi.md', text)).message).toBe(
      'content/en/wsgi.md: frontmatter field `summary` is missing or empty',
    );
    expect(errorOf(() => parseLesson('x.md', BODY)).message).toContain('frontmatter');
  });

  it('keeps HTML as text: a <script> is never markup', () => {
    const body = BODY.replace('The client sends.', '<script>alert(1)</script> <b>hi</b>');
    const l = parseLesson('content/en/wsgi.md', lessonText({ body }));
    expect(l.steps[0].blocks[0].inlines[0]).toEqual({
      kind: 'text',
      text: '<script>alert(1)</script> <b>hi</b> Second line of the same paragraph.',
    });
  });
});

describe('parseInline', () => {
  it('tokenizes strong, em, code and links', () => {
    expect(parseInline('a **b *c* d** `d*e*` *f* [g](http://x.test/y)')).toEqual([
      { kind: 'text', text: 'a ' },
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'b ' },
          { kind: 'em', children: [{ kind: 'text', text: 'c' }] },
          { kind: 'text', text: ' d' },
        ],
      },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd*e*' },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'f' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'http://x.test/y', children: [{ kind: 'text', text: 'g' }] },
    ]);
  });

  it('never makes a link of javascript:, data: or relative hrefs', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/local',
      'ftp://x',
    ]) {
      const tokens = parseInline(`see [here](${href}) now`);
      expect(tokens.some((t) => t.kind === 'link')).toBe(false);
      expect(inlineText(tokens)).toContain('here');
    }
  });

  it('leaves unmatched markers and arithmetic alone', () => {
    expect(parseInline('2 * 3 * 4 and **open')).toEqual([
      { kind: 'text', text: '2 * 3 * 4 and **open' },
    ]);
    expect(parseInline('start_response and wsgi.run_once')).toEqual([
      { kind: 'text', text: 'start_response and wsgi.run_once' },
    ]);
    expect(parseInline('\\*not em\\*')).toEqual([{ kind: 'text', text: '*not em*' }]);
  });

  it('trims trailing punctuation from bare URLs', () => {
    const t = parseInline('(see https://nginx.org/en/docs/.)');
    expect(t[1]).toEqual({
      kind: 'link',
      href: 'https://nginx.org/en/docs/',
      children: [{ kind: 'text', text: 'https://nginx.org/en/docs/' }],
    });
  });
});
