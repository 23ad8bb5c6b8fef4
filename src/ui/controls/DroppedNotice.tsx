/**
 * Says so when the timeline let go of its oldest requests (the store keeps at
 * most MAX_EVENTS events and summarises the rest as the state they led to).
 */
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useLang } from '../i18n';
import './droppedNotice.css';

const TEXT = {
  en: (n: string) => `Older requests were summarised to keep memory bounded (${n}).`,
  ko: (n: string) => `메모리를 일정하게 유지하려고 오래된 요청을 요약했습니다 (${n}건).`,
} as const;

const selectDropped = (s: ExplainerState) => s.dropped;

export function DroppedNotice() {
  const dropped = useExplainer(selectDropped);
  const lang = useLang();
  if (dropped <= 0) return null;
  const n = dropped.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
  return (
    <p className="controls-dropped" role="status" data-dropped={dropped}>
      {(TEXT[lang] ?? TEXT.en)(n)}
    </p>
  );
}
