/**
 * The stage with what only it needs: framer-motion (LazyMotion with its
 * animation features loaded after, MotionConfig honouring reduced motion)
 * and the stage's own code and strings. StageSlot loads this module after
 * the first frame. The glob is resolved at build time (a quiet placeholder
 * if src/ui/stage/Stage.tsx is missing).
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, type ComponentType } from 'react';
import { StagePlaceholder } from './StagePlaceholder';

const modules = import.meta.glob<{ Stage?: ComponentType }>('./stage/Stage.tsx', { eager: true });
const RealStage = Object.values(modules)[0]?.Stage;

/** Set once per page when the stage first commits (the bench reads it: navigation → first stage). */
export const STAGE_MARK = 'stage:first-render';

const loadMotionFeatures = () => import('./motionFeatures').then((m) => m.default);

export default function LoadedStage() {
  useEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(STAGE_MARK).length === 0)
      performance.mark(STAGE_MARK);
  }, []);
  return (
    <LazyMotion features={loadMotionFeatures}>
      <MotionConfig reducedMotion="user">
        {RealStage ? <RealStage /> : <StagePlaceholder />}
      </MotionConfig>
    </LazyMotion>
  );
}
