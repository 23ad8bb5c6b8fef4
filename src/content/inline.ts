/**
 * A tiny inline Markdown tokenizer: **strong**, *em*, `code`, [links](https://…)
 * and bare http(s) URLs. Everything else is text — HTML included: a `<script>`
 * in a lesson stays the nine characters `<script>`, because the UI renders
 * tokens as React text nodes and never as markup.
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

const BARE_URL = /^https?:\/\/[^\s<>"'`]+/i;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const rest = source.slice(i);

    if (c === '\\' && i + 1 < source.length && /[\\`*_[\]()#>!-]/.test(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: 'code', text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('**')) {
      const end = findClose(source, i + 2, '**');
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (c === '*' && !rest.startsWith('**') && /\S/.test(source[i + 1] ?? ' ')) {
      const end = findClose(source, i + 1, '*');
      if (end > i + 1) {
        flush();
        out.push({ kind: 'em', children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = matchLink(source, i);
      if (link) {
        if (isSafeHref(link.href)) {
          flush();
          out.push({ kind: 'link', href: link.href, children: parseInline(link.label) });
        } else {
          // Not a web link: keep the source as plain text, so nothing is clickable.
          text += source.slice(i, link.end);
        }
        i = link.end;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && (i === 0 || /[\s(]/.test(source[i - 1]))) {
      const m = BARE_URL.exec(rest);
      if (m) {
        const href = m[0].replace(/[.,;:!?)]+$/, '');
        flush();
        out.push({ kind: 'link', href, children: [{ kind: 'text', text: href }] });
        i += href.length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

/** Index of the closing marker, skipping code spans; the marker must follow a non-space. */
function findClose(source: string, from: number, marker: string): number {
  let i = from;
  while (i < source.length) {
    if (source[i] === '\\') {
      i += 2;
      continue;
    }
    if (source[i] === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > 0) {
        i = end + 1;
        continue;
      }
    }
    if (source.startsWith(marker, i) && /\S/.test(source[i - 1])) {
      // `*` must not be half of a `**`.
      if (marker === '*' && (source[i + 1] === '*' || source[i - 1] === '*')) {
        i += 2;
        continue;
      }
      return i;
    }
    i++;
  }
  return -1;
}

function matchLink(
  source: string,
  start: number,
): { label: string; href: string; end: number } | null {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) {
        if (source[i + 1] !== '(') return null;
        const close = source.indexOf(')', i + 2);
        if (close < 0) return null;
        const href = source.slice(i + 2, close).trim();
        if (/\s/.test(href)) return null;
        return { label: source.slice(start + 1, i), href, end: close + 1 };
      }
    }
  }
  return null;
}

/** Plain text of some tokens (for previews, search, tests). */
export function inlineText(tokens: Inline[]): string {
  return tokens
    .map((t) => (t.kind === 'text' || t.kind === 'code' ? t.text : inlineText(t.children)))
    .join('');
}
