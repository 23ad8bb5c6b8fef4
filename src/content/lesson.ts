/** Lesson data types and the error every content check throws or reports. */
import type { SceneId, TraceType } from '../sim/types';
import type { Inline } from './inline';
import type { Lang } from './names';

export type { Inline } from './inline';
export type { Lang } from './names';

/** `<!-- step: TYPE rid=N nth=K -->`: the K-th event of TYPE (of request N when given). */
export interface Anchor {
  type: TraceType;
  rid?: number;
  /** 1-based; 1 when not written. */
  nth: number;
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'item'; inlines: Inline[] }
  /** A `> [!post]` note: what the original post says, and what is true. */
  | { kind: 'post'; inlines: Inline[] };

export interface LessonStep {
  anchor: Anchor;
  blocks: Block[];
  /** 1-based line of the anchor comment in the file. */
  line: number;
}

export interface Lesson {
  /** The path the lesson was parsed from, e.g. `content/en/wsgi.md`. */
  file: string;
  scene: SceneId;
  lang: Lang;
  title: string;
  summary: string;
  /** Text before the first anchor, shown at step 0. */
  intro: Block[];
  steps: LessonStep[];
  sources: Block[];
}

/** How an anchor is written back, e.g. `wsgi.chunk rid=2 nth=2`. */
export function anchorLabel(a: Anchor): string {
  return [a.type, a.rid !== undefined ? `rid=${a.rid}` : '', a.nth !== 1 ? `nth=${a.nth}` : '']
    .filter(Boolean)
    .join(' ');
}

export interface ErrorPlace {
  /** 1-based step number; absent for the intro, frontmatter or the whole file. */
  step?: number;
  /** The anchor as written, e.g. `wsgi.chunk nth=2`. */
  anchor?: string;
  line?: number;
}

/** `content/ko/wsgi.md, step 3 (wsgi.chunk nth=2): no such event in the trace (line 40)` */
export class LessonError extends Error {
  readonly file: string;
  readonly place: ErrorPlace;
  readonly detail: string;

  constructor(file: string, detail: string, place: ErrorPlace = {}) {
    const where =
      place.step !== undefined
        ? `, step ${place.step}${place.anchor ? ` (${place.anchor})` : ''}`
        : '';
    const line = place.line !== undefined ? ` (line ${place.line})` : '';
    super(`${file}${where}: ${detail}${line}`);
    this.name = 'LessonError';
    this.file = file;
    this.place = place;
    this.detail = detail;
  }
}

/**
 * The caption of a step, shown under the figure: its first paragraph. Later
 * paragraphs are the lesson's detail (the lesson view shows them); the post's
 * correction notes stay in the lesson too.
 */
export function captionOf(step: LessonStep): Block[] {
  const first = step.blocks.find((b) => b.kind === 'paragraph');
  return first ? [first] : [];
}

/** The longest caption a step may have (characters of text): a caption is one idea, read in a few seconds. */
export const CAPTION_MAX: Record<Lang, number> = { en: 440, ko: 300 };
