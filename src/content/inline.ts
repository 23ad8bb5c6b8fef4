/**
 * Lesson inline tokens: the data the UI renders, with no parser attached
 * (lessons are parsed at build time, `parse.ts`). The UI renders tokens as
 * React text nodes, never as markup.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

/** Only web links: `javascript:`, `data:` and relative hrefs are never links. */
export function isSafeHref(href: string): boolean {
  return /^https?:\/\/[^\s<>"']+$/i.test(href);
}

/** Plain text of some tokens (for previews, search, tests). */
export function inlineText(tokens: Inline[]): string {
  return tokens
    .map((t) => (t.kind === 'text' || t.kind === 'code' ? t.text : inlineText(t.children)))
    .join('');
}
