import { describe, expect, it } from 'vitest';
import { type Inline, inlineText } from './inline';
import { parseLesson } from './parse';
import { lessonText } from './testing';

/** The tokens of `md` written as a lesson's introduction paragraph. */
function inlines(md: string): Inline[] {
  const body = `${md}\n\n<!-- step: client.send -->\nText.\n\n## Sources\n- S`;
  return parseLesson('content/en/wsgi.md', lessonText({ body })).intro[0].inlines;
}
const text = (t: string): Inline => ({ kind: 'text', text: t });

describe('lesson inlines (mdast phrasing)', () => {
  it('tokenizes strong, em, code and links', () => {
    expect(inlines('a **b *c* d** `d*e*` *f* [g](http://x.test/y)')).toEqual([
      text('a '),
      { kind: 'strong', children: [text('b '), { kind: 'em', children: [text('c')] }, text(' d')] },
      text(' '),
      { kind: 'code', text: 'd*e*' },
      text(' '),
      { kind: 'em', children: [text('f')] },
      text(' '),
      { kind: 'link', href: 'http://x.test/y', children: [text('g')] },
    ]);
  });

  it('follows CommonMark where the old tokenizer did not', () => {
    expect(inlines('***both*** _em_ __strong__')).toEqual([
      { kind: 'em', children: [{ kind: 'strong', children: [text('both')] }] },
      text(' '),
      { kind: 'em', children: [text('em')] },
      text(' '),
      { kind: 'strong', children: [text('strong')] },
    ]);
    expect(inlines('`` a`b `` &amp; <https://x.test/a>')).toEqual([
      { kind: 'code', text: 'a`b' },
      text(' & '),
      { kind: 'link', href: 'https://x.test/a', children: [text('https://x.test/a')] },
    ]);
  });

  it('never makes a link of javascript:, data:, mailto: or relative hrefs', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/local',
      'ftp://x',
      'mailto:a@b.test',
    ]) {
      const tokens = inlines(`see [here](${href}) now`);
      expect(tokens).toEqual([text('see here now')]);
    }
    expect(inlines('write to a@b.test')).toEqual([text('write to a@b.test')]);
  });

  it('leaves unmatched markers, snake_case and arithmetic alone', () => {
    expect(inlines('2 * 3 * 4 and **open')).toEqual([text('2 * 3 * 4 and **open')]);
    expect(inlines('start_response and wsgi.run_once')).toEqual([
      text('start_response and wsgi.run_once'),
    ]);
    expect(inlines('\\*not em\\*')).toEqual([text('*not em*')]);
  });

  it('links bare URLs and trims trailing punctuation', () => {
    const t = inlines('(see https://nginx.org/en/docs/.)');
    expect(t).toEqual([
      text('(see '),
      {
        kind: 'link',
        href: 'https://nginx.org/en/docs/',
        children: [text('https://nginx.org/en/docs/')],
      },
      text('.)'),
    ]);
  });

  it('reads a hard line break as a space', () => {
    expect(inlineText(inlines('one\\\ntwo  \nthree'))).toBe('one two three');
  });
});
