/**
 * The stage, loaded after the first frame: the first paint shows the
 * figure's frame (the stage's own box: same classes, same height) with the
 * controls and the caption under it; the stage's code, its strings and
 * framer-motion arrive in their own chunk right after (the import starts
 * with the first render), so a page's first frame stays small.
 */
import { lazy, Suspense } from 'react';
import { useT } from './i18n';

// The stage's styles (every stylesheet of its folder) come with the first
// frame: the frame below takes the stage's height from them, so nothing
// moves when the stage arrives.
import.meta.glob('./stage/*.css', { eager: true });

/** Starts loading the stage's chunk (the module system loads it once). */
export const preloadStage = () => import('./LoadedStage');

const LazyStage = lazy(preloadStage);

/**
 * The figure's frame until the stage's chunk is in: the stage's box with
 * nothing drawn in it (a div: `figure.stage` is the real stage only).
 */
function StageFrame() {
  const t = useT();
  return (
    <div className="stage stage-loading" role="img" aria-label={t('app.stagePlaceholder')}>
      <div className="stage-path" aria-hidden="true" />
    </div>
  );
}

export function StageSlot() {
  return (
    <Suspense fallback={<StageFrame />}>
      <LazyStage />
    </Suspense>
  );
}
