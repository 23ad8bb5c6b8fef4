/**
 * The narration of a trace event, in the learner's language. The events
 * carry codes and data (src/sim/notes.ts); the sentences live in one typed
 * record per language (narration/en.ts, narration/ko.ts). `LOADERS` is a
 * Record over Lang, so a missing language is a compile error too.
 *
 * A language's sentences load after the first frame (about 10 KB gzip for
 * both): the first frame has no event to narrate, and the trace arrives with
 * the engine a moment later. Components that narrate call useNarration(lang)
 * to render again once the sentences are there.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Snapshot, Trouble } from '../player/snapshot';
import type { TraceEvent } from '../sim/types';
import type { Lang } from '../store/explainerStore';
import { wordNote, type Language } from './narration/types';

const LOADERS: Record<Lang, () => Promise<Language>> = {
  en: () => import('./narration/en').then((m) => m.en),
  ko: () => import('./narration/ko').then((m) => m.ko),
};

// A cache of loaded modules, like the engine's (session/engine.ts): every widget reads the same.
const loaded: Partial<Record<Lang, Language>> = {};
const loading: Partial<Record<Lang, Promise<Language>>> = {};
const listeners = new Set<() => void>();

/** Loads a language's sentences (once); resolves when narrate() can use them. */
export function loadNarration(lang: Lang): Promise<Language> {
  loading[lang] ??= LOADERS[lang]().then((language) => {
    loaded[lang] = language;
    for (const listener of [...listeners]) listener();
    return language;
  });
  return loading[lang];
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once `lang`'s sentences are loaded; starts loading them, and re-renders when they arrive. */
export function useNarration(lang: Lang): boolean {
  const ready = useSyncExternalStore(
    subscribe,
    () => loaded[lang] !== undefined,
    () => false,
  );
  useEffect(() => {
    void loadNarration(lang);
  }, [lang]);
  return ready;
}

/** The sentences for `lang`, or null (loading starts) until they are there. */
function language(lang: Lang): Language | null {
  const l = loaded[lang];
  if (!l) void loadNarration(lang);
  return l ?? null;
}

/** The narration for `event` at snapshot `s` (the state after the event); '' while loading. */
export function narrate(event: TraceEvent, s: Snapshot, lang: Lang): string {
  const l = language(lang);
  if (!l) return '';
  // One cast: the mapped type pairs each event type with its own builder.
  const sentence = l.events[event.type] as (e: TraceEvent, s: Snapshot) => string;
  return sentence(event, s);
}

/** What went wrong with a request, in a few words (no closing period): for titles and labels. */
export function troubleText(trouble: Trouble, lang: Lang): string {
  const l = language(lang);
  if (!l) return '';
  return wordNote(l.notes, trouble).replace(/[.。]$/, '');
}

/** A middleware layer's display name (its kind while the sentences load). */
export function layerName(kind: keyof Language['layers'], lang: Lang): string {
  return language(lang)?.layers[kind] ?? kind;
}
