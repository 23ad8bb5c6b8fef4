/** The dispatch area: the processes (and their threads) that take connections off the queue. */
import { AnimatePresence } from 'framer-motion';
import type { RequestView, Snapshot } from '../../player/snapshot';
import { drawsAsLoop } from '../../sim/dispatch';
import type { StageKey } from '../i18n/stage';
import type { StageLayout } from './layout';
import { MemoryLegend } from './MemoryBar';
import type { ProcessShown } from './placement';
import { ProcessCard } from './ProcessCard';
import { Station } from './Station';
import { TokenArea } from './Token';

export function Dispatch({
  snap,
  layout,
  procs,
  more,
  boxes,
  current,
  active,
  t,
}: {
  snap: Snapshot;
  layout: StageLayout;
  procs: ProcessShown[];
  more: number;
  boxes: Map<string, RequestView[]>;
  current: number | null;
  active: boolean;
  t: (key: StageKey, vars?: Record<string, string | number>) => string;
}) {
  const legend = {
    code: t('stage.mem.code'),
    data: t('stage.mem.data'),
    heap: t('stage.mem.heap'),
    stack: t('stage.mem.stack'),
    shared: t('stage.mem.shared'),
  };
  return (
    <Station
      id="dispatch"
      kind="dispatch"
      title={t('stage.dispatch')}
      sub={layout.model ? t(`stage.model.${layout.model}`) : undefined}
      active={active}
    >
      <TokenArea id="dispatch" />
      <div className="stage-procs" data-watch="">
        <AnimatePresence initial={false}>
          {procs.map((p) => (
            <ProcessCard
              key={p.proc.pid}
              shown={p}
              snap={snap}
              boxes={boxes}
              current={current}
              loop={drawsAsLoop(layout.model)}
              t={t}
            />
          ))}
        </AnimatePresence>
        {more > 0 ? <div className="stage-more">{t('stage.more', { n: more })}</div> : null}
      </div>
      {procs.length > 0 ? <MemoryLegend labels={legend} /> : null}
    </Station>
  );
}
