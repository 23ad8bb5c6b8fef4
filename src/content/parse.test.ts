import { describe, expect, it } from 'vitest';
import { inlineText } from './inline';
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

const parse = (body: string) => parseLesson('content/en/wsgi.md', lessonText({ body }));

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
    const l = parse(BODY);
    expect(l).toMatchObject({ scene: 'wsgi', lang: 'en', title: 'A title', summary: 'A summary.' });
    expect(l.intro).toHaveLength(1);
    expect(l.steps.map((s) => [s.anchor, s.line])).toEqual([
      [{ type: 'client.send', nth: 1 }, 10],
      [{ type: 'wsgi.start_response', rid: 2, nth: 3 }, 14],
      [{ type: 'wsgi.close', nth: 1 }, 22],
    ]);
    expect(inlineText(l.steps[0].blocks[0].inlines)).toBe(
      'The client sends. Second line of the same paragraph.',
    );
    expect(l.steps[1].blocks.map((b) => b.kind)).toEqual(['item', 'item', 'post']);
    expect(l.steps[1].blocks[2].inlines).toEqual([
      { kind: 'text', text: 'The post says X. In truth, Y.' },
    ]);
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

  it('names the file, the step, the anchor and the line in errors', () => {
    const body = BODY.replace('wsgi.start_response rid=2 nth=3', 'wsgi.start_response rid=two');
    expect(errorOf(() => parse(body)).message).toBe(
      'content/en/wsgi.md, step 2 (wsgi.start_response rid=two): bad anchor option `rid=two` (expected rid=N or nth=K) (line 14)',
    );
  });

  it('rejects unknown event types, stray comments, plain quotes, HTML and missing Sources', () => {
    const cases: [string, string][] = [
      [BODY.replace('wsgi.close', 'wsgi.closed'), 'unknown event type `wsgi.closed` (line 22)'],
      [
        BODY.replace('Done.', 'Done.\n\n<!-- todo -->'),
        'not a step anchor (`<!-- step: TYPE -->`) (line 25)',
      ],
      [
        BODY.replace('Done.', 'Done. <!-- step: app.exit -->'),
        'must stand on its own line (line 23)',
      ],
      [
        BODY.replace('> [!post]\n', ''),
        'step 2 (wsgi.start_response rid=2 nth=3): a quote must be a `> [!post]` note (line 18)',
      ],
      [
        BODY.replace('> In truth', '>\n> In truth'),
        'a `> [!post]` note must be one paragraph (line 18)',
      ],
      [BODY.replace(/## Sources[\s\S]*/, ''), 'no `## Sources`'],
      [BODY.replace('Done.', ''), 'step 3 (wsgi.close): step has no text (line 25)'],
      [
        BODY.replace('Done.', '### Heading'),
        'headings are not allowed (only `## Sources` / `## 출처`) (line 23)',
      ],
      [BODY.replace('Done.', 'Done.\n---'), 'headings are not allowed'],
      [
        BODY.replace('Done.', '```\ncode\n```'),
        'code blocks are not allowed; use inline `code` (line 23)',
      ],
      [
        BODY.replace('- first item', '- first\n  - nested'),
        'a list item must be one paragraph (no nested lists or blocks) (line 15)',
      ],
      [
        BODY.replace('Done.', '<script>alert(1)</script>'),
        'step 3 (wsgi.close): raw HTML is not allowed (write a tag as inline `code`) (line 23)',
      ],
      [
        BODY.replace('Done.', '![alt](https://x.test/a.png)'),
        'image is not supported in lessons (line 23)',
      ],
      [
        BODY.replace('## Sources', '## Sources\n\n<!-- step: app.exit -->\nX.\n\n## Sources'),
        'step anchor after the Sources section',
      ],
    ];
    for (const [body, message] of cases) {
      expect(errorOf(() => parse(body)).message).toContain(message);
    }
  });

  it('keeps inline HTML as its text: `<b>` in a sentence is never markup', () => {
    const l = parse(BODY.replace('The client sends.', 'A Vec<u8> and <b>hi</b> &amp; more.'));
    expect(l.steps[0].blocks[0].inlines).toEqual([
      { kind: 'text', text: 'A Vec<u8> and <b>hi</b> & more. Second line of the same paragraph.' },
    ]);
  });
});

describe('parseLesson frontmatter (YAML)', () => {
  const withFront = (front: string) => `---\n${front}\n---\n\n${BODY}`;
  const FRONT = 'scene: wsgi\nlang: en\ntitle: A title\nsummary: A summary.';

  it('reads quoted values, colons included', () => {
    const l = parseLesson(
      'content/en/wsgi.md',
      withFront(FRONT.replace('A title', '"Inside: the app"')),
    );
    expect(l.title).toBe('Inside: the app');
  });

  it('requires every field, and only the known ones', () => {
    const text = lessonText({ body: BODY }).replace('summary: A summary.\n', '');
    expect(errorOf(() => parseLesson('content/en/wsgi.md', text)).message).toBe(
      'content/en/wsgi.md: frontmatter field `summary` is missing or empty',
    );
    expect(errorOf(() => parseLesson('x.md', withFront(`${FRONT}\nauthor: me`))).message).toBe(
      'x.md: unknown frontmatter field `author` (line 6)',
    );
    expect(errorOf(() => parseLesson('x.md', withFront(`${FRONT}\nlang: ko`))).message).toMatch(
      /^x\.md: frontmatter: Map keys must be unique.* \(line 6\)$/,
    );
    expect(
      errorOf(() => parseLesson('x.md', withFront(FRONT.replace('A title', '[a, b]')))).message,
    ).toBe('x.md: frontmatter field `title` must be text (line 4)');
    expect(
      errorOf(() => parseLesson('x.md', withFront(FRONT.replace('lang: en', 'lang: fr')))).message,
    ).toBe('x.md: unknown lang `fr` (en or ko) (line 3)');
  });

  it('names the line of a YAML syntax error', () => {
    const text = withFront(FRONT.replace('A title', 'Inside: the app'));
    expect(errorOf(() => parseLesson('x.md', text)).message).toMatch(
      /^x\.md: frontmatter: .* \(line 4\)$/,
    );
  });

  it('requires the frontmatter first, and closed', () => {
    expect(errorOf(() => parseLesson('x.md', BODY)).message).toBe(
      'x.md: the file must start with `---` frontmatter (line 1)',
    );
    expect(errorOf(() => parseLesson('x.md', `---\n${FRONT}\n\n${BODY}`)).message).toBe(
      'x.md: the frontmatter is not closed with `---` (line 1)',
    );
  });
});
