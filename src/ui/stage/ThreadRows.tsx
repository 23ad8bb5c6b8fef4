/**
 * A process's threads, one row each: its stack, the request it serves and
 * what it does (ideas.ts: threadState). Where the scene teaches the GIL, the
 * rows carry a status line and one baton, the GIL, moves (a transform with a
 * CSS transition) to the row of the thread holding it; row heights come from
 * data (the tokens each row holds, ideas.ts), so the baton's place is
 * computed, never measured.
 */
import { useContext } from 'react';
import type { RequestView, Snapshot } from '../../player/snapshot';
import type { ProcessShown } from './placement';
import { AreaFlows, TokenArea } from './Token';
import { batonRow, rowHeightCss, rowTopCss, threadState, type ThreadState } from './ideas';
import type { T } from './ProcessCard';
import './ThreadRows.css';

export function ThreadRows({
  shown,
  snap,
  boxes,
  current,
  gil,
  t,
}: {
  shown: ProcessShown;
  snap: Snapshot;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  gil: boolean;
  t: T;
}) {
  const { proc, rows } = shown;
  const flows = useContext(AreaFlows);
  if (rows.length === 0) return null;
  const tokens = rows.map((tid) => flows.get(`thread:${proc.pid}:${tid}`)?.height ?? 0);
  const baton = gil && proc.alive ? batonRow(proc, rows) : null;
  return (
    <ul className={gil ? 'stage-threads ideas-threads--gil' : 'stage-threads'}>
      {rows.map((tid, i) => (
        <ThreadRow
          key={tid}
          tid={tid}
          state={threadState(snap, proc, tid, gil)}
          height={gil ? rowHeightCss(tokens[i]) : undefined}
          labelled={proc.threads > 1}
          underBaton={baton?.index === i}
          shown={shown}
          snap={snap}
          boxes={boxes}
          current={current}
          t={t}
        />
      ))}
      {baton ? (
        <li
          className={baton.held ? 'ideas-baton' : 'ideas-baton is-free'}
          data-gil={baton.held ? rows[baton.index] : ''}
          title={baton.held ? t('stage.gil') : t('stage.gil.free')}
          style={{ transform: `translateY(${rowTopCss(tokens, baton.index)})` }}
        >
          {t('stage.gil')}
        </li>
      ) : null}
    </ul>
  );
}

function ThreadRow({
  tid,
  state,
  height,
  labelled,
  underBaton,
  shown,
  snap,
  boxes,
  current,
  t,
}: {
  tid: number;
  state: ThreadState;
  height: string | undefined;
  labelled: boolean;
  underBaton: boolean;
  shown: ProcessShown;
  snap: Snapshot;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  t: T;
}) {
  const { proc } = shown;
  const here = boxes.get(`thread:${proc.pid}:${tid}`);
  const rid = proc.busy[tid];
  const elsewhere = rid !== undefined && !here?.some((r) => r.rid === rid);
  const status = statusText(state, snap, shown, tid, t);
  const gil = height !== undefined;
  // A dead process: crashed and killed in red, an exit on purpose (done, recycled) muted.
  const statusClass = `ideas-state ideas-state--${state}${state === 'dead' ? ` is-${proc.exitReason ?? 'done'}` : ''}`;
  return (
    <li
      className={`stage-thread ideas-thread is-${state}${rid !== undefined ? ' is-busy' : ''}${gil ? ' ideas-thread--gil' : ''}${underBaton ? ' is-under-baton' : ''}`}
      data-tid={tid}
      data-state={state}
      data-box={`thread:${proc.pid}:${tid}`}
      style={gil ? { height } : undefined}
    >
      <span className="stage-thread-stack" aria-hidden="true" />
      {labelled && gil ? (
        <ShortLong className="stage-thread-label" long={t('stage.thread', { tid })} short={tid} />
      ) : labelled ? (
        <span className="stage-thread-label">{t('stage.thread', { tid })}</span>
      ) : null}
      <span className="stage-thread-slot">
        <TokenArea id={`thread:${proc.pid}:${tid}`} />
        {elsewhere && gil ? (
          <span className={rid === current ? 'stage-ghost is-current' : 'stage-ghost'}>#{rid}</span>
        ) : null}
        {!gil ? <span className={statusClass}>{status}</span> : null}
      </span>
      {gil ? (
        <ShortLong className={statusClass} long={status} short={shortStatus(state, status, t)} />
      ) : null}
    </li>
  );
}

/**
 * A GIL row's label and status: the long words, and a short form that a phone
 * shows instead (Ideas.css), the long words then its title and screen-reader text.
 */
function ShortLong({
  className,
  long,
  short,
}: {
  className: string;
  long: string;
  short: string | number;
}) {
  return (
    <span className={className} title={long}>
      <span className="ideas-long">{long}</span>
      <span className="ideas-short" aria-hidden="true">
        {short}
      </span>
    </span>
  );
}

/** The short status of a GIL row (ideas.ts threadState gives these states there). */
function shortStatus(state: ThreadState, status: string, t: T): string {
  switch (state) {
    case 'running':
    case 'waiting':
    case 'io':
    case 'idle':
    case 'dead':
      return t(`stage.state.${state}.short`);
    default:
      return status;
  }
}

function statusText(
  state: ThreadState,
  snap: Snapshot,
  shown: ProcessShown,
  tid: number,
  t: T,
): string {
  const { proc } = shown;
  switch (state) {
    case 'running':
      return t('stage.state.running');
    case 'waiting':
      return t('stage.state.waiting');
    case 'io':
      return t('stage.state.io');
    case 'busy':
      return proc.busy[tid] !== undefined
        ? t('stage.state.busy', { rid: proc.busy[tid] })
        : t('stage.state.done');
    case 'accepting': {
      const r = snap.order.find(
        (rid) => snap.requests[rid].pid === proc.pid && snap.requests[rid].tid === null,
      );
      return t('stage.state.accepting', { rid: r ?? '?' });
    }
    case 'forked':
      return t('stage.state.forked');
    case 'idle':
      return t('stage.idle');
    case 'dead': {
      const reason = (proc.exitReason ?? 'done') as 'done' | 'crashed' | 'killed' | 'recycled';
      return t(`stage.state.${reason}`, { n: proc.served });
    }
  }
}
