/**
 * An event-loop worker drawn as a loop (ideas.ts: loopView): a ring with its
 * connections on it, the one whose callback runs marked, a hand pointing at
 * it. A blocking call freezes it: the ring stops turning, everything on it
 * greys, and a "blocked: time.sleep()" marker stays until the call returns.
 * The ring turns with virtual time, step by step (a transform transition,
 * nothing runs between steps); the hand rotates to the running callback;
 * reduced motion makes both jump.
 */
import type { ProcessView, Snapshot } from '../../player/snapshot';
import { breakAfter } from './breakAfter';
import { blockingCall, loopView } from './loopView';
import './LoopRing.css';
import type { T } from './ProcessCard';

export function LoopRing({
  proc,
  snap,
  current,
  t,
}: {
  proc: ProcessView;
  snap: Snapshot;
  current: number | null;
  t: T;
}) {
  const v = loopView(snap, proc);
  const running = v.slots.find((s) => s.running);
  const classes = ['ideas-loop'];
  if (v.frozen) classes.push('is-frozen');
  if (running && !v.frozen) classes.push('is-running');
  return (
    <div className={classes.join(' ')} data-frozen={v.frozen} data-running={running?.rid ?? ''}>
      <div className="ideas-ring">
        <span
          className="ideas-ring-track"
          style={{ transform: `rotate(${v.turn}deg)` }}
          aria-hidden="true"
        />
        <span
          className={v.hand === null ? 'ideas-ring-hand is-parked' : 'ideas-ring-hand'}
          style={{ transform: `rotate(${v.hand ?? 0}deg)` }}
          aria-hidden="true"
        />
        <span className="ideas-ring-centre">{v.frozen ? '‖' : 'epoll'}</span>
        {v.slots.map((s) => (
          <span
            key={s.rid}
            className={`ideas-conn is-${s.doing === 'block' ? 'block' : s.running ? 'running' : (s.doing ?? 'cpu')}${s.rid === current ? ' is-current' : ''}`}
            data-rid={s.rid}
            style={{ left: `${s.x}%`, top: `${s.y}%` }}
          >
            #{s.rid}
          </span>
        ))}
      </div>
      <div className="ideas-loop-says">
        {v.frozen ? (
          <>
            <span className="ideas-loop-blocked">
              {breakAfter(t('stage.loop.blocked', { call: blockingCall(v.blockedBy) }), '.')}
            </span>
            <span>{t('stage.loop.frozen')}</span>
          </>
        ) : running ? (
          t('stage.loop.running', { rid: running.rid })
        ) : v.slots.length > 0 ? (
          t('stage.loop.waiting')
        ) : (
          t('stage.loop.connections', { n: 0 })
        )}
        {v.more > 0 ? <span className="stage-more">+{v.more}</span> : null}
      </div>
    </div>
  );
}
