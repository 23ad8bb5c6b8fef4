/** The Share dialog's own strings in the widget's language (kept out of the shell's dictionary). */
import { useLang } from '../i18n';
import { en, ko, type ShareKey } from '../i18n/share';

export function useShareT(): (key: ShareKey) => string {
  const lang = useLang();
  const dict: Record<ShareKey, string> = lang === 'ko' ? ko : en;
  return (key) => dict[key];
}
