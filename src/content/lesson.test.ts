import { describe, expect, it } from 'vitest';
import { captionOf } from './lesson';
import { parseLesson } from './parse';
import { lessonText } from './testing';
import { inlineText } from './inline';

describe('captionOf', () => {
  it("is a step's first paragraph: not its detail paragraphs, not the post's note", () => {
    const text = lessonText({
      scene: 'wsgi',
      lang: 'en',
      body: [
        'Intro.',
        '<!-- step: client.send -->\nThe idea.',
        'The detail.',
        '> [!post]\n> The post says otherwise.',
        '## Sources',
        '- A source',
      ].join('\n\n'),
    });
    const [step] = parseLesson('content/en/wsgi.md', text).steps;
    expect(step.blocks).toHaveLength(3);
    expect(captionOf(step).map((b) => inlineText(b.inlines))).toEqual(['The idea.']);
  });
});
