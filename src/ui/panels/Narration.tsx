/** One or two sentences about the current step, in a polite live region. */
import { useSnapshot } from '../../store/context';
import { useLang, useT } from '../i18n';
import { narrate, useNarration } from '../narrate';

export function Narration() {
  const t = useT();
  const lang = useLang();
  const snap = useSnapshot();
  useNarration(lang);
  const text = snap.event ? narrate(snap.event, snap, lang) : t('panels.none');
  return (
    <section className="narration" aria-live="polite" aria-label={t('panels.narration')}>
      {snap.event && (
        <p className="narration-meta" aria-hidden="true">
          <code>{snap.event.type}</code> · {t('panels.time', { t: snap.t })}
        </p>
      )}
      <p className="narration-text">{text}</p>
    </section>
  );
}
