/** The panel's strings (src/ui/i18n/python.ts) in the language of its `lang` prop. */
import { fill } from '../../i18n/fill';
import { en, ko, type PyKey } from '../i18n/python';

export type Lang = 'en' | 'ko';

export function pyText(lang: Lang, key: PyKey, vars?: Record<string, string | number>): string {
  const text = (lang === 'ko' ? ko : en)[key];
  return vars ? fill(text, vars) : text;
}
