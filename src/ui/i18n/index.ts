/**
 * The UI dictionary: the shell's strings (ui.ts) merged with the stage's
 * (stage.ts, written by the stage engineer; picked up when it exists).
 * `{name}` placeholders are filled from `vars`; the result is always plain
 * text (React escapes it), never markup.
 */
import { useCallback } from 'react';
import { fill } from '../../i18n/fill';
import { useExplainer } from '../../store/context';
import type { ExplainerState, Lang } from '../../store/explainerStore';
import { en as uiEn, ko as uiKo, type UiKey } from './ui';
import { en as labEn, ko as labKo } from './lab';
import { en as mwEn, ko as mwKo } from './middleware';

type Dict = Record<string, string>;

// An optional module: the glob is empty until src/ui/i18n/stage.ts exists.
const stageModules = import.meta.glob<{ en?: Dict; ko?: Dict }>('./stage.ts', { eager: true });
const stage = Object.values(stageModules)[0] ?? {};

const dicts: Record<Lang, Dict> = {
  en: { ...labEn, ...(stage.en ?? {}), ...mwEn, ...uiEn },
  ko: { ...labKo, ...(stage.ko ?? {}), ...mwKo, ...uiKo },
};

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
