/**
 * Parses one lesson file (format: /work/notes/lesson-format.md, summed up in
 * src/content/README.md) into a `Lesson`. Structural problems throw a
 * `LessonError` naming the file, the step and the line; whether anchors exist
 * in the trace is checked later by `validateLessons`.
 */
import { parseInline } from './inline';
import {
  type Anchor,
  type Block,
  type ErrorPlace,
  type Lesson,
  type LessonStep,
  LessonError,
} from './lesson';
import { isLang, isSceneId, isTraceType } from './names';

const REQUIRED = ['scene', 'lang', 'title', 'summary'] as const;
const SOURCES_HEADING = /^##\s+(Sources|출처)\s*$/;

export function parseLesson(file: string, text: string): Lesson {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { fields, bodyStart } = parseFrontmatter(file, lines);

  const intro: Block[] = [];
  const steps: LessonStep[] = [];
  let sources: Block[] | null = null;
  let blocks = intro;
  let place: ErrorPlace = {};
  let open: { kind: Block['kind']; parts: string[]; line: number } | null = null;

  const fail = (detail: string, line: number): never => {
    throw new LessonError(file, detail, { ...place, line });
  };
  const close = () => {
    if (!open) return;
    const source = open.parts.join(' ').trim();
    if (!source) fail(open.kind === 'post' ? 'empty [!post] note' : 'empty list item', open.line);
    blocks.push({ kind: open.kind, inlines: parseInline(source) });
    open = null;
  };
  const endSection = (line: number) => {
    close();
    if (place.step !== undefined && blocks.length === 0) fail('step has no text', line);
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i];
    const line = raw.trim();

    if (line.startsWith('<!--')) {
      const m = /^<!--([\s\S]*?)-->$/.exec(line);
      if (!m) fail('a comment must open and close on one line', n);
      const step = /^\s*step:\s*(.*?)\s*$/.exec(m![1]);
      if (!step) fail('HTML comment that is not a step anchor (`<!-- step: TYPE -->`)', n);
      if (sources) fail('step anchor after the Sources section', n);
      endSection(n);
      place = { step: steps.length + 1, anchor: step![1] };
      const anchor = parseAnchor(step![1], (d) => fail(d, n));
      blocks = [];
      steps.push({ anchor, blocks, line: n });
      continue;
    }
    if (SOURCES_HEADING.test(line)) {
      if (sources) fail('a second Sources section', n);
      endSection(n);
      place = {};
      sources = blocks = [];
      continue;
    }
    if (/^#{1,6}\s/.test(line)) fail('headings are not allowed (only `## Sources` / `## 출처`)', n);
    if (line.startsWith('```') || line.startsWith('~~~'))
      fail('code blocks are not allowed; use inline `code`', n);

    if (line.startsWith('>')) {
      const inner = line.replace(/^>\s?/, '');
      if (open?.kind !== 'post') {
        close();
        const m = /^\[!post\]\s*(.*)$/i.exec(inner);
        if (!m) fail('a quote must be a `> [!post]` note', n);
        open = { kind: 'post', parts: [m![1]], line: n };
      } else {
        open.parts.push(inner);
      }
      continue;
    }
    if (line === '') {
      close();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      close();
      open = { kind: 'item', parts: [item[1]], line: n };
      continue;
    }
    if (open && open.kind !== 'post') {
      open.parts.push(line);
    } else {
      close();
      open = { kind: 'paragraph', parts: [line], line: n };
    }
  }
  endSection(lines.length);
  place = {};

  if (steps.length === 0) throw new LessonError(file, 'no step anchors (`<!-- step: TYPE -->`)');
  if (!sources) throw new LessonError(file, 'no `## Sources` section');
  if ((sources as Block[]).length === 0)
    throw new LessonError(file, 'the Sources section is empty');

  return {
    file,
    scene: fields.scene as Lesson['scene'],
    lang: fields.lang as Lesson['lang'],
    title: fields.title,
    summary: fields.summary,
    intro,
    steps,
    sources,
  };
}

function parseFrontmatter(
  file: string,
  lines: string[],
): { fields: Record<(typeof REQUIRED)[number], string>; bodyStart: number } {
  if (lines[0]?.trim() !== '---')
    throw new LessonError(file, 'the file must start with `---` frontmatter', { line: 1 });
  const fields: Record<string, string> = {};
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== '---'; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) throw new LessonError(file, `frontmatter line is not \`key: value\``, { line: i + 1 });
    const key = m[1];
    if (!(REQUIRED as readonly string[]).includes(key))
      throw new LessonError(file, `unknown frontmatter field \`${key}\``, { line: i + 1 });
    if (key in fields)
      throw new LessonError(file, `frontmatter field \`${key}\` given twice`, { line: i + 1 });
    fields[key] = unquote(m[2].trim());
  }
  if (i >= lines.length) throw new LessonError(file, 'the frontmatter is not closed with `---`');
  for (const key of REQUIRED) {
    if (!fields[key])
      throw new LessonError(file, `frontmatter field \`${key}\` is missing or empty`);
  }
  if (!isSceneId(fields.scene)) throw new LessonError(file, `unknown scene \`${fields.scene}\``);
  if (!isLang(fields.lang))
    throw new LessonError(file, `unknown lang \`${fields.lang}\` (en or ko)`);
  return { fields: fields as Record<(typeof REQUIRED)[number], string>, bodyStart: i + 1 };
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
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
