/**
 * A process's memory as pages (ideas.ts: pagesOf): code, data and heap, each
 * a few cells. A forked process's pages start shared with its parent (hatched
 * in the parent's colours) and turn private one by one as CPython writes to
 * them (the hatch fades: opacity only). With `stacks`, one stack cell per
 * thread: threads share everything else.
 */
import type { ProcessView } from '../../player/snapshot';
import { pagesOf, privatePages } from './ideas';
import type { T } from './ProcessCard';

export function Pages({ proc, stacks, t }: { proc: ProcessView; stacks: number; t: T }) {
  const pages = pagesOf(proc.memory, proc.parent);
  const copied = privatePages(pages);
  const forked = pages.some((p) => p.state !== 'own');
  const m = proc.memory;
  const title = `code ${m.code} KiB · data ${m.data} KiB · heap ${m.heap} KiB · stack ${m.stack} KiB · shared ${m.shared} KiB`;
  return (
    <div
      className="ideas-pages"
      style={{
        gridTemplateColumns: `repeat(${pages.length + Math.min(stacks, 8)}, minmax(0, 1fr))`,
      }}
      data-private={copied}
      data-pages={pages.length}
      title={
        forked ? `${t('stage.pages.count', { n: copied, total: pages.length })} — ${title}` : title
      }
    >
      {pages.map((p, i) => (
        <span
          key={i}
          className={`ideas-page ideas-page--${p.kind} is-${p.state === 'own' ? 'own' : 'forked'}`}
          data-state={p.state}
        >
          {p.state === 'own' ? null : (
            <span className="ideas-page-hatch" style={{ opacity: p.state === 'shared' ? 1 : 0 }} />
          )}
        </span>
      ))}
      {Array.from({ length: Math.min(stacks, 8) }, (_, i) => (
        <span key={`s${i}`} className="ideas-page ideas-page--stack" data-state="stack" />
      ))}
    </div>
  );
}

/** The key to the pages, drawn once per processes station. */
export function PagesLegend({ threads, t }: { threads: boolean; t: T }) {
  return (
    <ul className="ideas-legend" aria-hidden="true">
      <li>
        <span className="ideas-page ideas-page--heap is-own" />
        {t('stage.mem.code')} · {t('stage.mem.data')} · {t('stage.mem.heap')}
      </li>
      {threads ? (
        <li>
          <span className="ideas-page ideas-page--stack" />
          {t('stage.mem.stack')}
        </li>
      ) : null}
      <li>
        <span className="ideas-page ideas-page--heap is-forked">
          <span className="ideas-page-hatch" />
        </span>
        <span className="ideas-legend-long">{t('stage.pages.shared')}</span>
        <span className="ideas-legend-short">{t('stage.pages.shared.short')}</span>
      </li>
      <li>
        <span className="ideas-page ideas-page--heap is-forked" />
        <span className="ideas-legend-long">{t('stage.pages.private')}</span>
        <span className="ideas-legend-short">{t('stage.pages.private.short')}</span>
      </li>
    </ul>
  );
}
