/**
 * The load lab: five server configurations under the same seeded load, on
 * one timeline of frames. Settings, seed and faults live in the URL; the run
 * happens in a Web Worker; the cursor is an explainer store, so the shared
 * Controls and keys step through the frames.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { ExplainerProvider, useExplainer, useExplainerStore } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { Controls } from '../controls/Controls';
import { handleWidgetKey } from '../controls/keys';
import { useLang, useT } from './i18n';
import { chartScale } from './chartScale';
import { LabContext } from './context';
import { FaultBar } from './FaultBar';
import { createLab, type Lab, type LabState } from './labState';
import { LabLesson } from './LabLesson';
import { LabSettingsForm } from './LabSettingsForm';
import { Clock, LabStatus } from './LabStatus';
import { LaneCard } from './LaneCard';
import { createRunner } from './runner';
import { parseLabParams, withoutLabParams, writeLabParams } from './settings';
import { useLabPlayback } from './useLabPlayback';
import './lab.css';
import './lanes.css';

const selectTheme = (s: ExplainerState) => s.theme;
const selectRun = (s: LabState) => s.run;
const selectSizes = (s: LabState) => s.settings.sizes;
const selectDuration = (s: LabState) => (s.ranWith ?? s.settings).load.durationMs;
const selectFaults = (s: LabState) => (s.ranWith ?? s.settings).faults;

function replaceSearch(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${search}${window.location.hash}`,
  );
}

/** Settings → address bar (throttled); the lab's parameters leave with the lab. */
function useLabUrl(lab: Lab): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () =>
      replaceSearch(writeLabParams(window.location.search, lab.state.getState().settings));
    write();
    const unsubscribe = lab.state.subscribe((s, prev) => {
      if (s.settings === prev.settings || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        write();
      }, 300);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      replaceSearch(withoutLabParams(window.location.search));
    };
  }, [lab]);
}

export function LoadLab() {
  const t = useT();
  const lang = useLang();
  const theme = useExplainer(selectTheme);
  const main = useExplainerStore();
  const [lab] = useState(() => {
    const p = parseLabParams(window.location.search);
    return createLab(createRunner(), { settings: p.settings, lang, autoplay: p.autoplay });
  });
  const run = useStore(lab.state, selectRun);
  const sizes = useStore(lab.state, selectSizes);
  const durationMs = useStore(lab.state, selectDuration);
  const faults = useStore(lab.state, selectFaults);
  const frameMs = run?.frameMs ?? 100;

  useEffect(() => {
    lab.state.getState().rerun();
    return () => lab.dispose();
  }, [lab]);
  useEffect(() => lab.cursor.getState().setLang(lang), [lab, lang]);
  useLabUrl(lab);
  // Space pressed on the page's own widget (outside the lab) plays the lab, not the hidden stage.
  useEffect(
    () =>
      main.subscribe((s, prev) => {
        if (s.playing && !prev.playing) {
          s.pause();
          lab.cursor.getState().togglePlay();
        }
      }),
    [main, lab],
  );
  useLabPlayback(lab.cursor, frameMs);

  const scale = useMemo(() => (run ? chartScale(run.lanes, run.frameMs) : null), [run]);
  const onKey = (e: KeyboardEvent) => {
    if (handleWidgetKey(e, lab.cursor.getState())) e.stopPropagation();
  };

  return (
    <LabContext.Provider value={lab}>
      <ExplainerProvider store={lab.cursor}>
        <section className="lab" aria-labelledby="lab-title" onKeyDown={onKey}>
          <header className="lab-head">
            <h2 id="lab-title">{t('lab.title')}</h2>
            <p className="lab-intro">{t('lab.intro')}</p>
          </header>
          <LabSettingsForm />
          <div className="lab-sticky">
            <div className="lab-timebar">
              <Clock frameMs={frameMs} />
              <LabStatus lab={lab} frameMs={frameMs} />
            </div>
            <Controls mode="full" />
            <FaultBar />
          </div>
          <div className="lab-legend" aria-hidden="true">
            <span>
              <span className="lab-key lab-line-key-p50" /> p50
            </span>
            <span>
              <span className="lab-key lab-line-key-p95" /> p95
            </span>
            <span>
              <span className="lab-key lab-line-key-p99" /> p99
            </span>
            <span>
              <span className="lab-key lab-line-key-rate" /> {t('lab.chart.throughputKey')}
            </span>
            <span>
              <span className="lab-key lab-line-key-errors" /> {t('lab.chart.errorsKey')}
            </span>
            {scale && scale.tMax > durationMs && (
              <span>
                <span className="lab-key lab-key-drain" /> {t('lab.chart.drain')}
              </span>
            )}
            <span className="lab-legend-cells">
              <span className="lab-key lab-key-worker" /> {t('lab.legend.workers')}
            </span>
            <span className="lab-legend-cells">
              <span className="lab-key lab-key-queue" /> {t('lab.legend.queue')}
            </span>
            <span className="lab-legend-cells">
              <span className="lab-key lab-key-core" /> {t('lab.legend.cores')}
            </span>
          </div>
          <div className="lab-lanes" aria-busy={run === null}>
            {run && scale ? (
              run.lanes.map((lane) => (
                <LaneCard
                  key={lane.id}
                  lane={lane}
                  frameMs={run.frameMs}
                  scale={scale}
                  durationMs={durationMs}
                  faults={faults}
                  sizes={sizes}
                  lang={lang}
                  theme={theme}
                />
              ))
            ) : (
              <p className="lab-empty">{t('lab.empty')}</p>
            )}
          </div>
          <LabLesson />
        </section>
      </ExplainerProvider>
    </LabContext.Provider>
  );
}
