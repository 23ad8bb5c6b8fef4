/**
 * The stage, when src/ui/stage/Stage.tsx exists (another engineer builds it);
 * a quiet placeholder until then. The glob is resolved at build time.
 */
import type { ComponentType } from 'react';
import { useT } from './i18n';

const modules = import.meta.glob<{ Stage?: ComponentType }>('./stage/Stage.tsx', { eager: true });
const RealStage = Object.values(modules)[0]?.Stage;

export function StageSlot() {
  const t = useT();
  if (RealStage) return <RealStage />;
  return (
    <div className="widget-stage-placeholder" role="img" aria-label={t('app.stagePlaceholder')}>
      {t('app.stagePlaceholder')}
    </div>
  );
}
