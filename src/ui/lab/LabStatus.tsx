/**
 * The time bar's clock and status line: what is happening now ("Playing:
 * 7.3 s of 20 s", "Paused at …", "Done …", a fault as it strikes). The line
 * is re-rendered per frame; screen readers hear it only when the phase
 * changes (a hidden live region), not ten times a second.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useLang, useT } from './i18n';
import { formatClock } from './format';
import type { Lab, LabState } from './labState';
import { labPhase, statusMessages, type Message, type PlaybackView } from './status';

const selectStatus = (s: LabState) => s.status;
const selectProgress = (s: LabState) => s.progress;
const selectError = (s: LabState) => s.error;
const selectFaults = (s: LabState) => s.ranWith?.faults ?? s.settings.faults;
const selectDuration = (s: LabState) => (s.ranWith ?? s.settings).load.durationMs;
const selectStep = (s: ExplainerState) => s.step;
const selectPlaying = (s: ExplainerState) => s.playing;
const selectLength = (s: ExplainerState) => s.length;

export function Clock({ frameMs }: { frameMs: number }) {
  const lang = useLang();
  const step = useExplainer(selectStep);
  return <span className="lab-clock">{formatClock(Math.max(0, step) * frameMs, lang)}</span>;
}

function useText(): (m: Message) => string {
  const t = useT();
  return (m) => {
    const p = m.params ?? {};
    if (typeof p.fault === 'string' && typeof p.lane === 'string')
      return t(m.key, {
        ...p,
        fault: t(`lab.fault.${p.fault}`),
        lane: p.lane === 'all' ? t('lab.allLanes') : t(`lab.lane.${p.lane}`),
      });
    return t(m.key, p);
  };
}

export function LabStatus({ lab, frameMs }: { lab: Lab; frameMs: number }) {
  const text = useText();
  const status = useStore(lab.state, selectStatus);
  const progress = useStore(lab.state, selectProgress);
  const error = useStore(lab.state, selectError);
  const faults = useStore(lab.state, selectFaults);
  const durationMs = useStore(lab.state, selectDuration);
  const step = useExplainer(selectStep);
  const playing = useExplainer(selectPlaying);
  const length = useExplainer(selectLength);
  const view: PlaybackView = { status, playing, step, length, frameMs, durationMs };
  const phase = labPhase(view);
  const line = statusMessages(view, { ...progress, error: error ?? '', faults })
    .map(text)
    .join(' · ');
  // What the live region says: the line as it was when the phase (or fault count) last changed.
  const key = `${phase}|${faults.length}|${status === 'running' ? progress.done : ''}`;
  const [spoken, setSpoken] = useState({ key, line });
  if (spoken.key !== key) setSpoken({ key, line });
  return (
    <>
      <p
        className={`lab-run-status lab-run-${status}`}
        data-status={status}
        data-phase={phase}
        aria-hidden="true"
      >
        {status === 'running' && <progress max={progress.total} value={progress.done} />}
        {line}
      </p>
      <p className="lab-sr" role="status" aria-live="polite">
        {spoken.line}
      </p>
    </>
  );
}
