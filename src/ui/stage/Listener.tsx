/**
 * The listening socket and its accept queue: one slot per backlog entry
 * (up to MAX_SLOTS drawn), filled by the requests waiting for accept().
 * A dropped SYN (full listen queue) makes the box flash.
 */
import type { RequestView, Snapshot } from '../../player/snapshot';
import type { StageKey } from '../i18n/stage';
import type { StageLayout } from './layout';
import { Station } from './Station';
import { queueSlots } from './placement';
import { TokenArea } from './Token';

export function Listener({
  snap,
  layout,
  boxes,
  active,
  t,
}: {
  snap: Snapshot;
  layout: StageLayout;
  boxes: Map<string, RequestView[]>;
  active: boolean;
  t: (key: StageKey, vars?: Record<string, string | number>) => string;
}) {
  const waiting = boxes.get('queue') ?? [];
  const backlog = snap.queue.backlog || layout.backlog;
  const slots = queueSlots(snap, layout);
  const dropping = snap.event?.type === 'listener.drop';
  const fill = backlog > 0 ? Math.min(1, snap.queue.length / backlog) : 0;
  const level = fill >= 1 ? 'full' : fill >= 0.75 ? 'high' : 'ok';
  const drawn = waiting.slice(0, slots);
  const overflow = waiting.length - drawn.length;
  return (
    <Station
      id="listener"
      kind="listener"
      title={t('stage.listener')}
      sub={
        <span className="stage-mono">{layout.port !== null ? `:${layout.port}` : 'listen()'}</span>
      }
      active={active}
      className={dropping ? 'is-dropping' : undefined}
    >
      <div className="stage-queue" data-box="queue" data-length={snap.queue.length}>
        <div className="stage-queue-label">
          <span>{t('stage.queue')}</span>
          <span className={`stage-queue-count stage-queue-count--${level}`}>
            {t('stage.queue.count', { n: snap.queue.length, backlog: backlog || '?' })}
          </span>
        </div>
        <div className="stage-queue-meter" aria-hidden="true">
          <div
            className={`stage-queue-meter-fill stage-queue-meter-fill--${level}`}
            style={{ width: `${fill * 100}%` }}
          />
        </div>
        <ol className="stage-queue-slots">
          {Array.from({ length: slots }, (_, i) => {
            const r = drawn[i];
            return (
              <li key={i} className={r ? 'stage-slot is-filled' : 'stage-slot'}>
                <TokenArea id={`queue:${i}`} />
              </li>
            );
          })}
        </ol>
        {backlog > slots ? (
          <div className="stage-queue-rest" aria-hidden="true">
            ⋯
          </div>
        ) : null}
        {overflow > 0 ? <div className="stage-more">+{overflow}</div> : null}
      </div>
      {dropping || snap.stats.dropped > 0 ? (
        <div className="stage-dropped" key={dropping ? snap.index : 'count'}>
          <TokenArea id="listener" />
          <span className="stage-dropped-count">
            {t('stage.dropped.count', { n: snap.stats.dropped })}
          </span>
        </div>
      ) : null}
    </Station>
  );
}
