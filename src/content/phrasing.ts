/**
 * mdast phrasing content → lesson `Inline` tokens. Only what lessons use is
 * kept: text, strong, emphasis, inline code and http(s) links. Inline HTML
 * stays text (its source characters, never markup); a link to anything but
 * http(s) keeps only its label. Images and HTML comments are errors.
 */
import type { PhrasingContent } from 'mdast';
import { type Inline, isSafeHref } from './inline.ts';

/** Thrown for phrasing a lesson must not contain; `parse.ts` adds file and step. */
export class PhrasingError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A soft line break inside a paragraph reads as one space. */
const softBreaks = (s: string) => s.replace(/[ \t]*\r?\n[ \t]*/g, ' ');

export function toInlines(nodes: readonly PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  const text = (t: string) => {
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += t;
    else if (t) out.push({ kind: 'text', text: t });
  };
  for (const node of nodes) {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'text':
        text(softBreaks(node.value));
        break;
      case 'break':
        text(' ');
        break;
      case 'inlineCode':
        out.push({ kind: 'code', text: node.value });
        break;
      case 'strong':
        out.push({ kind: 'strong', children: toInlines(node.children) });
        break;
      case 'emphasis':
        out.push({ kind: 'em', children: toInlines(node.children) });
        break;
      case 'link':
        if (isSafeHref(node.url)) {
          out.push({ kind: 'link', href: node.url, children: toInlines(node.children) });
        } else {
          // Not a web link: keep the label as plain text, so nothing is clickable.
          for (const t of toInlines(node.children)) {
            if (t.kind === 'text') text(t.text);
            else out.push(t);
          }
        }
        break;
      case 'html':
        if (node.value.startsWith('<!--'))
          throw new PhrasingError(
            'an HTML comment inside text; a step anchor must stand on its own line',
            line,
          );
        text(node.value);
        break;
      default:
        throw new PhrasingError(`${node.type} is not supported in lessons`, line);
    }
  }
  return out;
}
