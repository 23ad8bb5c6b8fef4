/** The lab's lesson, read as one article (its steps are experiments, not moments of a trace). */
import { useLang, useT } from './i18n';
import { Blocks } from '../lesson/Inlines';
import { useLesson } from '../lesson/useLesson';

export function LabLesson() {
  const t = useT();
  const lang = useLang();
  const state = useLesson('load-lab', lang);
  if (state.status !== 'ready') return null;
  const { lesson } = state;
  const post = t('lesson.post');
  return (
    <article className="lab-lesson" aria-labelledby="lab-lesson-title">
      <h2 id="lab-lesson-title">{lesson.title}</h2>
      <p className="lab-lesson-summary">{lesson.summary}</p>
      <Blocks blocks={lesson.intro} postLabel={post} />
      {lesson.steps.map((s, i) => (
        <div key={i} className="lab-lesson-part">
          <Blocks blocks={s.blocks} postLabel={post} />
        </div>
      ))}
      {lesson.sources.length > 0 && (
        <section className="lab-lesson-sources" aria-labelledby="lab-lesson-sources">
          <h3 id="lab-lesson-sources">{t('lesson.sources')}</h3>
          <Blocks blocks={lesson.sources} postLabel={post} />
        </section>
      )}
    </article>
  );
}
