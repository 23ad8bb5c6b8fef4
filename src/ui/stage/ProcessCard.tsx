/**
 * One process: pid, role, memory, and its threads (each with its own small
 * stack; a busy thread shows its request; the GIL is a token held by one
 * thread). An event-loop worker is drawn as a loop holding its connections.
 */
import { m } from 'framer-motion';
import type { RequestView, Snapshot } from '../../player/snapshot';
import type { StageKey } from '../i18n/stage';
import { MemoryBar } from './MemoryBar';
import type { ProcessShown } from './placement';
import { TokenArea } from './Token';

type T = (key: StageKey, vars?: Record<string, string | number>) => string;

export function ProcessCard({
  shown,
  snap,
  boxes,
  current,
  loop,
  t,
}: {
  shown: ProcessShown;
  snap: Snapshot;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  loop: boolean;
  t: T;
}) {
  const { proc, rows, hiddenIdle } = shown;
  const stalled = proc.alive && proc.stalledUntil !== null && snap.t < proc.stalledUntil;
  const own = boxes.get(`proc:${proc.pid}`);
  const holdsCurrent =
    own?.some((r) => r.rid === current) ||
    rows.some((tid) => boxes.get(`thread:${proc.pid}:${tid}`)?.some((r) => r.rid === current));
  const classes = ['stage-proc', `stage-proc--${proc.role}`];
  if (!proc.alive) classes.push('is-dead', `is-${proc.exitReason ?? 'done'}`);
  if (stalled) classes.push('is-stalled');
  if (holdsCurrent) classes.push('is-active');
  return (
    <m.article
      className={classes.join(' ')}
      data-pid={proc.pid}
      data-box={`proc:${proc.pid}`}
      data-alive={proc.alive}
      initial={{ opacity: 0 }}
      animate={{ opacity: proc.alive ? 1 : 0.8 }}
      exit={{ opacity: 0, scale: 0.96 }}
      transition={{ duration: 0.25 }}
    >
      <header className="stage-proc-head">
        <span className="stage-mono stage-proc-pid">pid {proc.pid}</span>
        <span className={`stage-badge stage-badge--${proc.role}`}>
          {t(`stage.role.${proc.role}`)}
        </span>
        {proc.alive ? (
          proc.served > 0 ? (
            <span className="stage-proc-served">{t('stage.served', { n: proc.served })}</span>
          ) : null
        ) : (
          <span
            className={`stage-badge stage-badge--exit stage-badge--${proc.exitReason ?? 'done'}`}
          >
            {t(`stage.exit.${(proc.exitReason ?? 'done') as 'done'}`)}
          </span>
        )}
      </header>
      <MemoryBar memory={proc.memory} threads={proc.threads} />
      {loop && proc.role !== 'master' ? (
        <div className="stage-loop">
          <svg className="stage-loop-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M20 12a8 8 0 1 1-2.34-5.66" />
            <path d="M20 4v4.5h-4.5" />
          </svg>
          <div className="stage-loop-body">
            <div className="stage-loop-label">
              {stalled
                ? t('stage.loop.stalled')
                : t('stage.loop.connections', { n: Object.keys(proc.busy).length })}
            </div>
            <TokenArea id={`proc:${proc.pid}`} />
            <Ghosts busy={proc.busy} own={own} current={current} />
          </div>
        </div>
      ) : (
        <>
          <TokenArea id={`proc:${proc.pid}`} />
          {rows.length > 0 ? (
            <ul className="stage-threads">
              {rows.map((tid) => (
                <ThreadRow
                  key={tid}
                  pid={proc.pid}
                  tid={tid}
                  labelled={proc.threads > 1}
                  snap={snap}
                  boxes={boxes}
                  current={current}
                  t={t}
                />
              ))}
            </ul>
          ) : null}
          {hiddenIdle > 0 ? (
            <div className="stage-more">{t('stage.threads.idle', { n: hiddenIdle })}</div>
          ) : null}
        </>
      )}
    </m.article>
  );
}

/** Connections of a loop whose requests are further down the path (WSGI server, app). */
function Ghosts({
  busy,
  own,
  current,
}: {
  busy: Record<number, number>;
  own: RequestView[] | undefined;
  current: number | null;
}) {
  const here = new Set((own ?? []).map((r) => r.rid));
  const away = Object.values(busy)
    .filter((rid) => !here.has(rid))
    .sort((a, b) => a - b);
  if (away.length === 0) return null;
  return (
    <div className="stage-tokens">
      {away.slice(0, 24).map((rid) => (
        <span key={rid} className={rid === current ? 'stage-ghost is-current' : 'stage-ghost'}>
          #{rid}
        </span>
      ))}
      {away.length > 24 ? <span className="stage-more">+{away.length - 24}</span> : null}
    </div>
  );
}

function ThreadRow({
  pid,
  tid,
  labelled,
  snap,
  boxes,
  current,
  t,
}: {
  pid: number;
  tid: number;
  labelled: boolean;
  snap: Snapshot;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  t: T;
}) {
  const proc = snap.processes[pid];
  const here = boxes.get(`thread:${pid}:${tid}`);
  const rid = proc.busy[tid];
  const elsewhere = rid !== undefined && !here?.some((r) => r.rid === rid);
  return (
    <li
      className={rid !== undefined ? 'stage-thread is-busy' : 'stage-thread'}
      data-tid={tid}
      data-box={`thread:${pid}:${tid}`}
    >
      <span className="stage-thread-stack" aria-hidden="true" />
      {labelled ? <span className="stage-thread-label">{t('stage.thread', { tid })}</span> : null}
      <span className="stage-thread-slot">
        <TokenArea id={`thread:${pid}:${tid}`} />
        {elsewhere ? (
          <span className={rid === current ? 'stage-ghost is-current' : 'stage-ghost'}>#{rid}</span>
        ) : null}
        {rid === undefined && !here ? <span className="stage-idle">{t('stage.idle')}</span> : null}
      </span>
      {proc.gil === tid ? <span className="stage-gil">GIL</span> : null}
    </li>
  );
}
