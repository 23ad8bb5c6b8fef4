/**
 * The shape every language's narration has: one sentence builder per trace
 * event type and one per note code. Both are mapped types over the unions in
 * src/sim, so a new event type or note code is a compile error in each
 * language until it is worded.
 */
import type { Snapshot, Trouble } from '../../player/snapshot';
import type { EventOf, MiddlewareKind, Note, TraceType } from '../../sim/types';

/** Every code a language words: the engine's notes and the player's troubles. */
export type AnyNote = Note | Trouble;
export type AnyCode = AnyNote['code'];
export type AnyNoteOf<C extends AnyCode> = Extract<AnyNote, { code: C }>;

export type NoteSentences = { [C in AnyCode]: (n: AnyNoteOf<C>) => string };

export type EventSentences = {
  [T in TraceType]: (e: EventOf<T>, s: Snapshot) => string;
};

export interface Language {
  events: EventSentences;
  notes: NoteSentences;
  layers: Record<MiddlewareKind, string>;
}

/** Word a note with a language's record (one cast, checked by the mapped type above). */
export function wordNote(notes: NoteSentences, n: AnyNote): string {
  return (notes[n.code] as (n: AnyNote) => string)(n);
}

/** `GET /slow` for the request an event belongs to, when the snapshot knows it. */
export function requestOf(e: { rid: number | null }, s: Snapshot): string | null {
  if (e.rid === null) return null;
  const r = s.requests[e.rid];
  return r ? `${r.method} ${r.path}` : null;
}

/**
 * Why the proxy answered an event's request itself (a 502 or 504), when it did:
 * said where the client gets that answer, so the request's story ends on its why.
 */
export function proxyWhy(e: { rid: number | null }, s: Snapshot): Trouble | null {
  const why = e.rid === null ? null : (s.requests[e.rid]?.error ?? null);
  return why && (why.code.startsWith('upstream.') || why.code === 'trouble.stuck') ? why : null;
}

export { pathOf } from '../../player/requestView';

/** Milliseconds as a reader wants them: at most two decimals (0.5073 → 0.51). */
const MS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Milliseconds for a sentence: at most one decimal, digits grouped (the same in English and Korean). */
export function ms(value: number): string {
  return MS.format(value);
}

export function isHttps(url: string): boolean {
  return url.startsWith('https:');
}
