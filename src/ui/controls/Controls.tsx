/** Play/pause, step, restart, the timeline slider and the speed select. */
import { useShallow } from 'zustand/react/shallow';
import { useExplainer } from '../../store/context';
import { SPEEDS, type ExplainerState } from '../../store/explainerStore';
import { useT } from '../i18n';
import { BackIcon, EndIcon, ForwardIcon, PauseIcon, PlayIcon, RestartIcon } from './Icons';
import { timelineView } from './position';
import './controls.css';

export type ControlsMode = 'full' | 'compact' | 'none';

const select = (s: ExplainerState) => ({
  step: s.step,
  goal: s.goal,
  beats: s.beats,
  details: s.details,
  setDetails: s.setDetails,
  seekBeat: s.seekBeat,
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
  // By beat, the slider's value is the beat (0: before the first); with Details, the event.
  // An embed's range bounds the slider, the count and the step buttons (position.ts).
  const { byBeat, min, max, value, shown, count, atStart, atEnd } = timelineView(c);
  const position =
    shown <= 0
      ? t('controls.empty')
      : t(byBeat ? 'controls.beatOf' : 'controls.stepOf', { step: shown, length: count });

  // The step buttons say they are unavailable (aria-disabled) but stay focusable:
  // disabling the focused button at the end would drop keyboard focus to the page.
  return (
    <div className={`controls controls-${mode}`} role="group" aria-label={t('controls.label')}>
      <div className="controls-buttons">
        {mode === 'full' && (
          <button
            type="button"
            className="controls-button"
            onClick={() => !atStart && c.restart()}
            aria-disabled={atStart}
            aria-label={t('controls.restart')}
            title={t('controls.restart')}
          >
            <RestartIcon />
          </button>
        )}
        <button
          type="button"
          className="controls-button"
          onClick={() => !atStart && c.stepBy(-1)}
          aria-disabled={atStart}
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
          onClick={() => !atEnd && c.stepBy(1)}
          aria-disabled={atEnd}
          aria-label={t('controls.forward')}
          title={t('controls.forward')}
        >
          <ForwardIcon />
        </button>
        {mode === 'full' && (
          <button
            type="button"
            className="controls-button"
            onClick={() => !atEnd && c.toEnd()}
            aria-disabled={atEnd}
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
        max={max}
        step={1}
        value={value}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (byBeat) c.seekBeat(v);
          else c.seek(v);
        }}
      />
      <span className="controls-position" aria-hidden="true">
        {`${shown} / ${count}`}
      </span>
      {c.beats.length > 0 && (
        <label className="controls-details">
          <input
            type="checkbox"
            role="switch"
            checked={c.details}
            onChange={(e) => c.setDetails(e.currentTarget.checked)}
          />
          <span>{t('controls.details')}</span>
        </label>
      )}
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
