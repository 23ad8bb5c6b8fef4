/**
 * The stage, when src/ui/stage/Stage.tsx exists (another engineer builds it);
 * a quiet placeholder until then. The glob is resolved at build time.
 */
import { useEffect, type ComponentType } from 'react';
import { useT } from './i18n';

const modules = import.meta.glob<{ Stage?: ComponentType }>('./stage/Stage.tsx', { eager: true });
const RealStage = Object.values(modules)[0]?.Stage;

/** Set once per page when the stage first commits (the bench reads it: navigation → first stage). */
export const STAGE_MARK = 'stage:first-render';

export function StageSlot() {
  const t = useT();
  useEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(STAGE_MARK).length === 0)
      performance.mark(STAGE_MARK);
  }, []);
  if (RealStage) return <RealStage />;
  return (
    <div className="widget-stage-placeholder" role="img" aria-label={t('app.stagePlaceholder')}>
      {t('app.stagePlaceholder')}
    </div>
  );
}
