/** Play/pause, step, restart, the timeline slider and the speed select. */
import { useShallow } from 'zustand/react/shallow';
import { useExplainer } from '../../store/context';
import { SPEEDS, type ExplainerState } from '../../store/explainerStore';
import { useT } from '../i18n';
import { BackIcon, EndIcon, ForwardIcon, PauseIcon, PlayIcon, RestartIcon } from './Icons';
import './controls.css';

export type ControlsMode = 'full' | 'compact' | 'none';

const select = (s: ExplainerState) => ({
  step: s.step,
  length: s.length,
  playing: s.playing,
  speed: s.speed,
  range: s.range,
  togglePlay: s.togglePlay,
  stepBy: s.stepBy,
  restart: s.restart,
  toEnd: s.toEnd,
  seek: s.seek,
  setSpeed: s.setSpeed,
});

export function Controls({ mode = 'full' }: { mode?: ControlsMode }) {
  const t = useT();
  const c = useExplainer(useShallow(select));
  if (mode === 'none') return null;
  const last = c.length - 1;
  const min = c.range ? Math.max(-1, Math.min(c.range.from, last)) : -1;
  const max = c.range ? Math.max(-1, Math.min(c.range.to, last)) : last;
  const atStart = c.step <= min;
  const atEnd = c.step >= max;
  const position =
    c.step < 0 ? t('controls.empty') : t('controls.stepOf', { step: c.step + 1, length: c.length });

  return (
    <div className={`controls controls-${mode}`} role="group" aria-label={t('controls.label')}>
      <div className="controls-buttons">
        {mode === 'full' && (
          <button
            type="button"
            className="controls-button"
            onClick={c.restart}
            disabled={atStart}
            aria-label={t('controls.restart')}
            title={t('controls.restart')}
          >
            <RestartIcon />
          </button>
        )}
        <button
          type="button"
          className="controls-button"
          onClick={() => c.stepBy(-1)}
          disabled={atStart}
          aria-label={t('controls.back')}
          title={t('controls.back')}
        >
          <BackIcon />
        </button>
        <button
          type="button"
          className="controls-button controls-play"
          onClick={c.togglePlay}
          disabled={c.length === 0}
          aria-label={c.playing ? t('controls.pause') : t('controls.play')}
          title={c.playing ? t('controls.pause') : t('controls.play')}
        >
          {c.playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="controls-button"
          onClick={() => c.stepBy(1)}
          disabled={atEnd}
          aria-label={t('controls.forward')}
          title={t('controls.forward')}
        >
          <ForwardIcon />
        </button>
        {mode === 'full' && (
          <button
            type="button"
            className="controls-button"
            onClick={c.toEnd}
            disabled={atEnd}
            aria-label={t('controls.end')}
            title={t('controls.end')}
          >
            <EndIcon />
          </button>
        )}
      </div>
      <input
        type="range"
        className="controls-timeline"
        aria-label={t('controls.timeline')}
        aria-valuetext={position}
        min={min}
        max={Math.max(min, max)}
        step={1}
        value={c.step}
        onChange={(e) => c.seek(Number(e.currentTarget.value))}
      />
      <span className="controls-position" aria-hidden="true">
        {c.step < 0 ? `0 / ${c.length}` : `${c.step + 1} / ${c.length}`}
      </span>
      {mode === 'full' && (
        <label className="controls-speed">
          <span>{t('controls.speed')}</span>
          <select
            value={String(c.speed)}
            onChange={(e) => c.setSpeed(Number(e.currentTarget.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
