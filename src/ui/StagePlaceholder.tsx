/** What stands in for the stage: a quiet box saying it is loading (when the stage's module is missing). */
import { useT } from './i18n';

export function StagePlaceholder() {
  const t = useT();
  return (
    <div className="widget-stage-placeholder" role="img" aria-label={t('app.stagePlaceholder')}>
      {t('app.stagePlaceholder')}
    </div>
  );
}
