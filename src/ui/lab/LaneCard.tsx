/**
 * One lane: its name and what it is, the picture of its workers, its charts,
 * its figures. (Stacked, the figures sit beside the picture: see lab.css.)
 */
import { useMemo } from 'react';
import type { LabFault, LaneRun } from '../../lab/types';
import type { Lang, Theme } from '../../store/explainerStore';
import { useT } from './i18n';
import type { ChartScale } from './chartScale';
import { FigureTable } from './FigureTable';
import { LaneCanvas } from './LaneCanvas';
import { LaneChart } from './LaneChart';
import type { LabSizes } from './settings';

const BACKLOG: Record<LaneRun['id'], number> = {
  fork: 511,
  prefork: 511,
  threads: 511,
  event: 511,
  proxy: 2048,
};

export function LaneCard({
  lane,
  frameMs,
  scale,
  durationMs,
  faults,
  sizes,
  lang,
  theme,
}: {
  lane: LaneRun;
  frameMs: number;
  scale: ChartScale;
  durationMs: number;
  faults: readonly LabFault[];
  sizes: LabSizes;
  lang: Lang;
  theme: Theme;
}) {
  const t = useT();
  const shape = useMemo(
    () => ({ capacity: lane.workerCapacity, backlog: BACKLOG[lane.id], cores: 4, maxCells: 400 }),
    [lane],
  );
  const size =
    lane.id === 'fork'
      ? t('lab.size.fork')
      : lane.id === 'threads'
        ? t('lab.size.threads', { p: sizes.processes, t: sizes.threads })
        : lane.id === 'event'
          ? t('lab.size.event', { n: sizes.loopWorkers })
          : t('lab.size.workers', { n: sizes.workers });
  const titleId = `lab-lane-${lane.id}`;
  return (
    <section
      className={`lab-lane lab-lane-${lane.id}`}
      aria-labelledby={titleId}
      data-lane={lane.id}
    >
      <div className="lab-lane-side">
        <h3 id={titleId} className="lab-lane-title">
          {t(`lab.lane.${lane.id}`)}
        </h3>
        <p className="lab-lane-size">{size}</p>
        <LaneCanvas
          lane={lane}
          shape={shape}
          theme={theme}
          label={t('lab.canvas.label', { lane: t(`lab.lane.${lane.id}`) })}
        />
        <p className="lab-lane-legend" aria-hidden="true">
          <span>
            <span className="lab-key lab-key-worker" /> {t('lab.legend.workers')}
          </span>
          <span>
            <span className="lab-key lab-key-queue" /> {t('lab.legend.queue')}
          </span>
          <span>
            <span className="lab-key lab-key-core" /> {t('lab.legend.cores')}
          </span>
        </p>
      </div>
      <LaneChart
        lane={lane}
        scale={scale}
        durationMs={durationMs}
        faults={faults}
        frameMs={frameMs}
        lang={lang}
      />
      <FigureTable lane={lane} frameMs={frameMs} lang={lang} capacity={lane.workerCapacity} />
    </section>
  );
}
