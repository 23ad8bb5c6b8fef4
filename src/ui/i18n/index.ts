/**
 * The UI dictionary: the shell's strings (ui.ts), plus the dictionaries a
 * part of the UI brings along when it loads (the load lab's, the middleware
 * editor's: `addDictionary`), so a page's first frame carries only the
 * strings it shows. `{name}` placeholders are filled from `vars`; the result
 * is always plain text (React escapes it), never markup.
 */
import { useCallback } from 'react';
import { fill } from '../../i18n/fill';
import { useExplainer } from '../../store/context';
import type { ExplainerState, Lang } from '../../store/explainerStore';
import { en as uiEn, ko as uiKo, type UiKey } from './ui';

type Dict = Record<string, string>;

const dicts: Record<Lang, Dict> = { en: { ...uiEn }, ko: { ...uiKo } };

/** Adds a part's strings (both languages); the shell's own keys keep their text. */
export function addDictionary(more: Record<Lang, Dict>): void {
  for (const lang of ['en', 'ko'] as const) {
    const own = lang === 'en' ? uiEn : uiKo;
    dicts[lang] = { ...dicts[lang], ...more[lang], ...own };
  }
}

export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: UiKey | (string & {}), vars?: Vars): string {
  const text = dicts[lang][key] ?? dicts.en[key] ?? key;
  return vars ? fill(text, vars) : text;
}

export type T = (key: UiKey | (string & {}), vars?: Vars) => string;

const selectLang = (s: ExplainerState) => s.lang;

/** `t(key, vars)` in the widget's language. */
export function useT(): T {
  const lang = useExplainer(selectLang);
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

export function useLang(): Lang {
  return useExplainer(selectLang);
}

export type { UiKey };
