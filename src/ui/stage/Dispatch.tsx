/**
 * The dispatch area: the processes (and their threads) that take connections
 * off the queue, drawn with what the scene teaches about them (ideas.ts).
 */
import { AnimatePresence } from 'framer-motion';
import type { RequestView, Snapshot } from '../../player/snapshot';
import { drawsAsLoop } from '../../sim/dispatch';
import { useExplainer } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import type { StageKey } from '../i18n/stage';
import { forkOffset, ideasOf } from './ideas';
import type { StageLayout } from './layout';
import { PagesLegend } from './Pages';
import type { ProcessShown } from './placement';
import { ProcessCard } from './ProcessCard';
import { Station } from './Station';
import { TokenArea } from './Token';
import './Ideas.css';

const selectScene = (s: ExplainerState) => s.scene;
/** Columns of the processes grid where processes fork (Ideas.css fixes it): origins follow from indices. */
const FORK_COLUMNS = 2;

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
  const scene = useExplainer(selectScene);
  const ideas = { ...ideasOf(scene, layout.model), loop: drawsAsLoop(layout.model) };
  const pids = procs.map((p) => p.proc.pid);
  const classes = ['stage-procs'];
  if (ideas.master) classes.push('ideas-procs--forks');
  if (ideas.loop) classes.push('ideas-procs--loop');
  // Several threaded workers side by side: the master (no threads of its own here) is a strip above them.
  if (ideas.gil && procs.length > 2) classes.push('ideas-procs--strip');
  return (
    <Station
      id="dispatch"
      kind="dispatch"
      title={t('stage.dispatch')}
      sub={layout.model ? t(`stage.model.${layout.model}`) : undefined}
      active={active}
    >
      <TokenArea id="dispatch" />
      <div className={classes.join(' ')} data-watch="">
        <AnimatePresence initial={false}>
          {procs.map((p, i) => (
            <ProcessCard
              key={p.proc.pid}
              shown={p}
              snap={snap}
              boxes={boxes}
              current={current}
              ideas={ideas}
              origin={
                ideas.master && p.proc.parent !== null
                  ? {
                      wide: forkOffset(i, pids.indexOf(p.proc.parent), FORK_COLUMNS),
                      narrow: forkOffset(i, pids.indexOf(p.proc.parent), FORK_COLUMNS, true),
                    }
                  : null
              }
              port={layout.port}
              t={t}
            />
          ))}
        </AnimatePresence>
        {more > 0 ? <div className="stage-more">{t('stage.more', { n: more })}</div> : null}
      </div>
      {ideas.pages && procs.length > 0 ? <PagesLegend threads={ideas.threadMemory} t={t} /> : null}
      {ideas.threadMemory ? <div className="ideas-note">{t('stage.pages.threads')}</div> : null}
    </Station>
  );
}
