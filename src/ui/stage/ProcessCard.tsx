/**
 * One process: pid, role, and what the scene teaches about it (ideas.ts):
 * its memory as pages shared with its parent or copied, its threads with the
 * GIL passed between them, or its event loop as a ring. A process forked
 * while the figure is shown comes out of its parent's card (a transform from
 * the parent's grid cell, computed from indices) and, once exited, fades and
 * shrinks with its exit badge before it leaves.
 */
import { m, useReducedMotion } from 'framer-motion';
import type { CSSProperties } from 'react';
import type { RequestView, Snapshot } from '../../player/snapshot';
import type { StageKey } from '../i18n/stage';
import { isBorn, isRespawn, type Ideas } from './ideas';
import { LoopRing } from './LoopRing';
import { Pages } from './Pages';
import type { ProcessShown } from './placement';
import { ThreadRows } from './ThreadRows';
import { TokenArea } from './Token';

export type T = (key: StageKey, vars?: Record<string, string | number>) => string;
type Offset = { dx: number; dy: number };

export function ProcessCard({
  shown,
  snap,
  boxes,
  current,
  ideas,
  origin,
  port,
  t,
}: {
  shown: ProcessShown;
  snap: Snapshot;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  ideas: Ideas;
  /** Cells from the card to its parent's (wide and narrow grids), or null: no parent drawn. */
  origin: { wide: Offset | null; narrow: Offset | null } | null;
  port: number | null;
  t: T;
}) {
  const { proc, rows, hiddenIdle } = shown;
  const reduce = useReducedMotion();
  const stalled = proc.alive && proc.stalledUntil !== null && snap.t < proc.stalledUntil;
  const own = boxes.get(`proc:${proc.pid}`);
  const holdsCurrent =
    own?.some((r) => r.rid === current) ||
    rows.some((tid) => boxes.get(`thread:${proc.pid}:${tid}`)?.some((r) => r.rid === current));
  const classes = ['stage-proc', `stage-proc--${proc.role}`];
  if (!proc.alive) classes.push('is-dead', `is-${proc.exitReason ?? 'done'}`);
  if (stalled) classes.push('is-stalled');
  if (holdsCurrent) classes.push('is-active');
  const respawn = isRespawn(snap, proc);
  const loop = ideas.loop && proc.role !== 'master';
  // A child comes out of its parent's card: a CSS animation from the parent's cell (Ideas.css).
  const born = origin?.wide && origin.narrow && isBorn(snap, proc) ? origin : null;
  if (born) classes.push('ideas-born');
  const style = born
    ? ({
        '--born-dx': born.wide!.dx,
        '--born-dy': born.wide!.dy,
        '--born-ndx': born.narrow!.dx,
        '--born-ndy': born.narrow!.dy,
      } as CSSProperties)
    : undefined;
  return (
    <m.article
      className={classes.join(' ')}
      data-pid={proc.pid}
      data-box={`proc:${proc.pid}`}
      data-alive={proc.alive}
      data-role={proc.role}
      data-born={born ? '' : undefined}
      style={style}
      initial={{ opacity: born ? 1 : 0 }}
      animate={proc.alive ? { opacity: 1, scale: 1 } : { opacity: 0.7, scale: 0.94 }}
      exit={{ opacity: 0, scale: 0.6 }}
      transition={reduce ? { duration: 0 } : { duration: 0.45, ease: 'easeOut' }}
    >
      <header className="stage-proc-head">
        <span className="stage-mono stage-proc-pid">pid {proc.pid}</span>
        <span className={`stage-badge stage-badge--${proc.role}`}>
          {t(`stage.role.${proc.role}`)}
        </span>
        {respawn ? (
          <span className="stage-badge ideas-badge--new">{t('stage.respawned')}</span>
        ) : null}
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
      {proc.role === 'master' && ideas.master ? (
        <div className="ideas-master">
          {ideas.master === 'fork'
            ? t('stage.master.fork', { port: port ?? '?' })
            : t('stage.master.prefork')}
        </div>
      ) : null}
      {ideas.pages ? (
        <Pages proc={proc} stacks={ideas.threadMemory ? proc.threads : 0} t={t} />
      ) : null}
      {loop ? (
        <>
          <LoopRing proc={proc} snap={snap} current={current} t={t} />
          <TokenArea id={`proc:${proc.pid}`} />
        </>
      ) : (
        <>
          <TokenArea id={`proc:${proc.pid}`} />
          <ThreadRows
            shown={shown}
            snap={snap}
            boxes={boxes}
            current={current}
            gil={ideas.gil}
            t={t}
          />
          {hiddenIdle > 0 ? (
            <div className="stage-more">{t('stage.threads.idle', { n: hiddenIdle })}</div>
          ) : null}
        </>
      )}
    </m.article>
  );
}
