/**
 * A lesson's YAML frontmatter (parsed by `yaml`): exactly `scene`, `lang`,
 * `title` and `summary`, each a non-empty string. Errors name the file line.
 * Whether `scene` names a real scene is checked by `validateLessons`, which
 * has the scene list (importing it here would pull every scene into the
 * build-time parser).
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { SceneId } from '../sim/types';
import { LessonError } from './lesson.ts';
import { type Lang, isLang } from './names.ts';

const FIELDS = ['scene', 'lang', 'title', 'summary'] as const;
type Field = (typeof FIELDS)[number];

export interface Frontmatter {
  scene: SceneId;
  lang: Lang;
  title: string;
  summary: string;
}

/** `source` is the text between the `---` fences; its first line is line `firstLine` of `file`. */
export function readFrontmatter(file: string, source: string, firstLine: number): Frontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const fail = (detail: string, offset?: number): never => {
    throw new LessonError(file, detail, offset === undefined ? {} : { line: lineAt(offset) });
  };

  const [yamlError] = doc.errors;
  if (yamlError) fail(`frontmatter: ${yamlError.message.split('\n')[0]}`, yamlError.pos[0]);
  if (!isMap(doc.contents)) fail('the frontmatter must be `key: value` lines', 0);

  const fields: Partial<Record<Field, string>> = {};
  const offsets: Partial<Record<Field, number>> = {};
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (!(FIELDS as readonly string[]).includes(key))
      fail(`unknown frontmatter field \`${key}\``, at);
    const value = pair.value;
    if (value !== null && !(isScalar(value) && typeof value.value !== 'object'))
      fail(`frontmatter field \`${key}\` must be text`, at);
    const text = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
    fields[key as Field] = text;
    offsets[key as Field] = at;
  }
  for (const key of FIELDS) {
    if (!fields[key]) fail(`frontmatter field \`${key}\` is missing or empty`);
  }
  const { scene, lang, title, summary } = fields as Record<Field, string>;
  if (!isLang(lang)) fail(`unknown lang \`${lang}\` (en or ko)`, offsets.lang);
  return { scene: scene as SceneId, lang: lang as Lang, title, summary };
}
