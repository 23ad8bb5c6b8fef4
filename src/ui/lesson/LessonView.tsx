/**
 * The lesson of the current scene: title, summary, introduction, every step
 * (the current one emphasised; clicking one seeks to its event), the post's
 * corrections as marked notes, and the sources.
 */
import { useEffect, useMemo, useRef } from 'react';
import { beatAt } from '../../store/beats';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useLang, useT } from '../i18n';
import { Blocks } from './Inlines';
import { useLesson } from './useLesson';
import './lesson.css';

const selectScene = (s: ExplainerState) => s.scene;
const selectBeats = (s: ExplainerState) => s.beats;
const selectAt = (s: ExplainerState) => s.goal ?? s.step;
const selectSeekBeat = (s: ExplainerState) => s.seekBeat;

export function LessonView() {
  const t = useT();
  const lang = useLang();
  const scene = useExplainer(selectScene);
  const beats = useExplainer(selectBeats);
  const at = useExplainer(selectAt);
  const seekBeat = useExplainer(selectSeekBeat);
  const state = useLesson(scene, lang);
  const list = useRef<HTMLOListElement>(null);

  const lesson = state.status === 'ready' ? state.lesson : null;
  // Lesson step i is the beat it ends (its 1-based position), or 0 when its anchor did not resolve.
  const positions = useMemo(() => {
    const out = new Map<number, number>();
    beats.forEach((b, i) => b.lesson !== undefined && out.set(b.lesson, i + 1));
    return out;
  }, [beats]);
  // The beat being shown; a learner's own request's beats keep the lesson where it ended.
  let current = -1;
  const shown = beatAt(beats, at);
  if (shown) {
    for (let i = shown.index; i >= 0; i--) {
      const step = beats[i].lesson;
      if (step !== undefined) {
        current = step;
        break;
      }
    }
  }

  useEffect(() => {
    // Bring the current step into view inside the lesson's own scroll box only.
    const box = list.current?.closest<HTMLElement>('.lesson-scroll');
    const el = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !el) return;
    // Position inside the box's scrolled content, whatever the offsetParent is.
    const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTo({ top: Math.max(0, top - 16), behavior: 'smooth' });
    }
  }, [current]);

  if (state.status === 'loading')
    return (
      <section className="lesson lesson-empty" aria-label={t('lesson.label')}>
        {t('lesson.loading')}
      </section>
    );
  if (!lesson)
    return (
      <section className="lesson lesson-empty" aria-label={t('lesson.label')}>
        {t('lesson.missing')}
      </section>
    );

  const post = t('lesson.post');
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-head">
        <h2 id="lesson-title">{lesson.title}</h2>
        <p className="lesson-summary">{lesson.summary}</p>
      </header>
      <div className="lesson-scroll">
        <div className={`lesson-intro${current === -1 ? ' lesson-current' : ''}`}>
          <Blocks blocks={lesson.intro} postLabel={post} />
        </div>
        <ol className="lesson-steps" ref={list}>
          {lesson.steps.map((s, i) => {
            const beat = positions.get(i) ?? 0;
            const isCurrent = i === current;
            return (
              <li
                key={i}
                className={`lesson-step${isCurrent ? ' lesson-current' : ''}${beat === 0 ? ' lesson-unresolved' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <button
                  type="button"
                  className="lesson-step-go"
                  disabled={beat === 0}
                  onClick={() => seekBeat(beat)}
                  aria-label={t('lesson.goto', { n: i + 1 })}
                >
                  {i + 1}
                </button>
                <div className="lesson-step-body">
                  <Blocks blocks={s.blocks} postLabel={post} />
                </div>
              </li>
            );
          })}
        </ol>
        {lesson.sources.length > 0 && (
          <section className="lesson-sources" aria-labelledby="lesson-sources-h">
            <h3 id="lesson-sources-h">{t('lesson.sources')}</h3>
            <Blocks blocks={lesson.sources} postLabel={post} />
          </section>
        )}
      </div>
    </article>
  );
}
