/**
 * While live requests rush in (a fetch() loop, a load test) the figure holds
 * still and this badge counts the answers; when they stop, the figure jumps
 * to the newest request (see session/pace.ts). Its own small box, outside
 * the stage's layout, so the count changing lays out nothing else.
 */
import type { JSX } from 'react';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import type { translator } from './summary';

const selectWaiting = (s: ExplainerState) => (s.rush ? s.waiting : 0);

export function RushBadge({
  t,
  lang,
}: {
  t: ReturnType<typeof translator>;
  lang: string;
}): JSX.Element | null {
  const waiting = useExplainer(selectWaiting);
  if (waiting <= 0) return null;
  const n = waiting.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
  return (
    <div className="stage-rush" data-waiting={waiting}>
      <strong>{t('stage.rush', { n })}</strong>
      <span>{t('stage.rush.note')}</span>
    </div>
  );
}
