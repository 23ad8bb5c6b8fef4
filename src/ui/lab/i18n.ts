/** The UI dictionary with the load lab's strings in it (they load with the lab, not in every page's first frame). */
import { addDictionary } from '../i18n';
import { en, ko } from '../i18n/lab';

addDictionary({ en, ko });

export { useLang, useT } from '../i18n';
