/**
 * The stage, when src/ui/stage/Stage.tsx exists (another engineer builds it);
 * a quiet placeholder until then. The glob is resolved at build time.
 */
import { useEffect, type ComponentType } from 'react';
import { useExplainer } from '../store/context';
import type { ExplainerState } from '../store/explainerStore';
import { useT } from './i18n';

const modules = import.meta.glob<{ Stage?: ComponentType }>('./stage/Stage.tsx', { eager: true });
const RealStage = Object.values(modules)[0]?.Stage;

/** Set once per page when the stage first commits (the bench reads it: navigation → first stage). */
export const STAGE_MARK = 'stage:first-render';

const selectDropped = (s: ExplainerState) => s.dropped;

export function StageSlot() {
  const t = useT();
  // framer-motion keeps a layout stack for every layoutId it has seen (req-<rid>)
  // on the page's projection root, each holding its last token element: one
  // detached element per live request, forever (~1.2 KB each, measured). When
  // the timeline lets go of old requests, the stacks are cleared (as framer's
  // useResetProjection does); a token on the move then skips one travel animation.
  const epoch = useExplainer(selectDropped);
  useEffect(() => {
    if (epoch > 0) void import('./motionReset').then((m) => m.resetProjection());
  }, [epoch]);
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
