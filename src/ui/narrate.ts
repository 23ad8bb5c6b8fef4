/**
 * The narration of a trace event, in the learner's language. The events
 * carry codes and data (src/sim/notes.ts); the sentences live in one typed
 * record per language (narration/en.ts, narration/ko.ts). `LANGUAGES` is a
 * Record over Lang, so a missing language is a compile error too.
 */
import type { Snapshot, Trouble } from '../player/snapshot';
import type { TraceEvent } from '../sim/types';
import type { Lang } from '../store/explainerStore';
import { en } from './narration/en';
import { ko } from './narration/ko';
import { wordNote, type Language } from './narration/types';

const LANGUAGES: Record<Lang, Language> = { en, ko };

/** The narration for `event` at snapshot `s` (the state after the event). */
export function narrate(event: TraceEvent, s: Snapshot, lang: Lang): string {
  // One cast: the mapped type pairs each event type with its own builder.
  const sentence = LANGUAGES[lang].events[event.type] as (e: TraceEvent, s: Snapshot) => string;
  return sentence(event, s);
}

/** What went wrong with a request, in a few words (no closing period): for titles and labels. */
export function troubleText(trouble: Trouble, lang: Lang): string {
  return wordNote(LANGUAGES[lang].notes, trouble).replace(/[.。]$/, '');
}

/** A middleware layer's display name. */
export function layerName(kind: keyof Language['layers'], lang: Lang): string {
  return LANGUAGES[lang].layers[kind];
}
