/**
 * Parses one lesson file (format: src/content/README.md) into a `Lesson`, at
 * build time: `mdast-util-from-markdown` (CommonMark, YAML frontmatter, GFM
 * bare URLs), then a walk over the top-level blocks. Structural problems
 * throw a `LessonError` naming the file, the step and the line; whether
 * anchors exist in the trace is checked later by `validateLessons`.
 */
import type { Blockquote, List, Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { readFrontmatter } from './frontmatter.ts';
import { inlineText } from './inline.ts';
import {
  type Anchor,
  type Block,
  type ErrorPlace,
  type Lesson,
  type LessonStep,
  LessonError,
} from './lesson.ts';
import { isTraceType } from './names.ts';
import { PhrasingError, toInlines } from './phrasing.ts';

const SOURCES_HEADING = /^(Sources|출처)$/;
const POST_MARK = /^\[!post\][ \t]*\n?/i;

export function parseLesson(file: string, text: string): Lesson {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfmAutolinkLiteral()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmAutolinkLiteralFromMarkdown()],
  });
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') {
    const open = /^---[ \t]*(\n|$)/.test(source);
    throw new LessonError(
      file,
      open
        ? 'the frontmatter is not closed with `---`'
        : 'the file must start with `---` frontmatter',
      { line: 1 },
    );
  }
  const meta = readFrontmatter(file, head.value, lineOf(head) + 1);

  const intro: Block[] = [];
  const steps: LessonStep[] = [];
  let sources: Block[] | null = null;
  let blocks = intro;
  let place: ErrorPlace = {};

  const fail = (detail: string, line: number): never => {
    throw new LessonError(file, detail, { ...place, line });
  };
  const inlines = (nodes: PhrasingContent[], line: number) => {
    try {
      return toInlines(nodes);
    } catch (e) {
      if (e instanceof PhrasingError) return fail(e.message, e.line ?? line);
      throw e;
    }
  };
  const endSection = (line: number) => {
    if (place.step !== undefined && blocks.length === 0) fail('step has no text', line);
  };

  for (const node of body) {
    const line = lineOf(node);
    switch (node.type) {
      case 'html': {
        const value = node.value.trim();
        if (!value.startsWith('<!--'))
          fail('raw HTML is not allowed (write a tag as inline `code`)', line);
        const m = /^<!--(.*?)-->$/.exec(value);
        if (!m) fail('a step anchor must open and close alone on one line', line);
        const step = /^\s*step:\s*(.*?)\s*$/.exec(m![1]);
        if (!step) fail('HTML comment that is not a step anchor (`<!-- step: TYPE -->`)', line);
        if (sources) fail('step anchor after the Sources section', line);
        endSection(line);
        place = { step: steps.length + 1, anchor: step![1] };
        const anchor = parseAnchor(step![1], (d) => fail(d, line));
        blocks = [];
        steps.push({ anchor, blocks, line });
        break;
      }
      case 'heading': {
        const title = inlineText(inlines(node.children, line)).trim();
        if (node.depth !== 2 || !SOURCES_HEADING.test(title))
          fail('headings are not allowed (only `## Sources` / `## 출처`)', line);
        if (sources) fail('a second Sources section', line);
        endSection(line);
        place = {};
        sources = blocks = [];
        break;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', inlines: inlines(node.children, line) });
        break;
      case 'list':
        for (const children of listItems(node, fail)) {
          blocks.push({ kind: 'item', inlines: inlines(children, line) });
        }
        break;
      case 'blockquote':
        blocks.push({ kind: 'post', inlines: inlines(postNote(node, fail), line) });
        break;
      case 'code':
        fail('code blocks are not allowed; use inline `code`', line);
        break;
      case 'thematicBreak':
        fail('thematic breaks (`---`, `***`) are not allowed', line);
        break;
      case 'definition':
        fail('link reference definitions are not allowed; write [text](https://…)', line);
        break;
      default:
        fail(`${node.type} is not allowed in a lesson`, line);
    }
  }
  endSection(source.split('\n').length);
  place = {};

  if (steps.length === 0) throw new LessonError(file, 'no step anchors (`<!-- step: TYPE -->`)');
  if (!sources) throw new LessonError(file, 'no `## Sources` section');
  if ((sources as Block[]).length === 0)
    throw new LessonError(file, 'the Sources section is empty');

  return { file, ...meta, intro, steps, sources };
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

type Fail = (detail: string, line: number) => never;

/** Each item of a list: exactly one paragraph (no nested lists, quotes or code). */
function listItems(list: List, fail: Fail): PhrasingContent[][] {
  return list.children.map((item) => {
    const [first, ...rest] = item.children;
    if (!first) fail('empty list item', lineOf(item));
    if (first.type !== 'paragraph' || rest.length > 0)
      fail('a list item must be one paragraph (no nested lists or blocks)', lineOf(item));
    return (first as { children: PhrasingContent[] }).children;
  });
}

/** A `> [!post]` note: one paragraph whose text starts with the `[!post]` mark. */
function postNote(quote: Blockquote, fail: Fail): PhrasingContent[] {
  const line = lineOf(quote);
  const [para, ...rest] = quote.children;
  const first = para?.type === 'paragraph' ? para.children[0] : undefined;
  if (first?.type !== 'text' || !POST_MARK.test(first.value))
    fail('a quote must be a `> [!post]` note', line);
  if (rest.length > 0) fail('a `> [!post]` note must be one paragraph', line);
  const children = (para as { children: PhrasingContent[] }).children;
  const value = (first as { value: string }).value.replace(POST_MARK, '');
  const body = value
    ? [{ ...first!, value } as PhrasingContent, ...children.slice(1)]
    : children.slice(1);
  if (body.length === 0) fail('empty [!post] note', line);
  return body;
}

function parseAnchor(spec: string, fail: (detail: string) => never): Anchor {
  const [type, ...opts] = spec.split(/\s+/).filter(Boolean);
  if (!type) fail('empty step anchor');
  if (!isTraceType(type)) fail(`unknown event type \`${type}\``);
  const anchor: Anchor = { type: type as Anchor['type'], nth: 1 };
  const seen = new Set<string>();
  for (const opt of opts) {
    const m = /^(rid|nth)=(\d+)$/.exec(opt);
    if (!m) fail(`bad anchor option \`${opt}\` (expected rid=N or nth=K)`);
    const [, key, value] = m!;
    if (seen.has(key)) fail(`anchor option \`${key}\` given twice`);
    seen.add(key);
    const num = Number(value);
    if (key === 'nth') {
      if (num < 1) fail('nth counts from 1');
      anchor.nth = num;
    } else {
      anchor.rid = num;
    }
  }
  return anchor;
}
