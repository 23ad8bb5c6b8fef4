/**
 * The caption under the figure: the sentence of the beat being shown (the
 * lesson's text for a scene's beat, the narration of a learner's own
 * request), in a region named "Narration". It is a polite live region
 * while the learner steps (each beat is read once); while playing it is
 * quiet, and the beat on screen is read when playback pauses, so long
 * captions never pile up. It is quiet too while live requests rush in (the
 * figure jumps from one to the next), and reads the newest when they stop.
 * With "Details" on it tells the current engine event.
 */
import { useShallow } from 'zustand/react/shallow';
import { beatAt, stepsByBeat } from '../../store/beats';
import { useExplainer, useSnapshot } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useLang, useT } from '../i18n';
import { Blocks } from '../lesson/Inlines';
import { useLesson } from '../lesson/useLesson';
import { captionOf } from '../../content/lesson';
import { narrate, useNarration } from '../narrate';
import { ms } from '../narration/types';

const select = (s: ExplainerState) => ({
  scene: s.scene,
  beats: s.beats,
  details: s.details,
  step: s.step,
  goal: s.goal,
  playing: s.playing,
  rush: s.rush,
  player: s.player,
  version: s.version,
});

export function Narration() {
  const t = useT();
  const lang = useLang();
  const s = useExplainer(useShallow(select));
  const snap = useSnapshot();
  useNarration(lang);
  const lesson = useLesson(s.scene, lang);
  const byBeat = stepsByBeat(s);
  const label = t('panels.narration');
  const quiet = s.playing || s.rush;

  if (!byBeat) {
    return (
      <section
        className="narration narration-details"
        aria-live={quiet ? 'off' : 'polite'}
        aria-label={label}
      >
        {snap.event && (
          <p className="narration-meta" aria-hidden="true">
            <code>{snap.event.type}</code> · {t('panels.time', { t: ms(snap.t) })}
          </p>
        )}
        <p className="narration-text">
          {snap.event ? narrate(snap.event, snap, lang) : t('panels.none')}
        </p>
      </section>
    );
  }

  // The beat being played (toward its end) or shown.
  const shown = beatAt(s.beats, s.goal ?? s.step);
  const ready = lesson.status === 'ready' ? lesson.lesson : null;
  let body;
  if (!shown) {
    body = ready ? (
      <Blocks blocks={ready.intro.slice(0, 1)} postLabel={t('lesson.post')} />
    ) : (
      <p className="narration-text">{t('panels.none')}</p>
    );
  } else if (shown.beat.lesson !== undefined && ready?.steps[shown.beat.lesson]) {
    body = (
      <Blocks blocks={captionOf(ready.steps[shown.beat.lesson])} postLabel={t('lesson.post')} />
    );
  } else {
    const end = Math.min(shown.beat.end, s.player.length - 1);
    const event = end >= 0 ? s.player.event(end) : null;
    body = (
      <p className="narration-text">
        {event ? narrate(event, s.player.at(end), lang) : t('panels.none')}
      </p>
    );
  }
  return (
    <section
      className="narration narration-beat"
      aria-live={quiet ? 'off' : 'polite'}
      aria-atomic="true"
      aria-label={label}
      data-beat={shown ? shown.index + 1 : 0}
      data-walking={s.goal !== null ? 'true' : undefined}
    >
      {/* A new node on pause (or when a rush ends): the live region reads the beat on screen then. */}
      <div key={quiet ? 'quiet' : 'paused'}>{body}</div>
    </section>
  );
}
