/**
 * Latency percentiles (log axis) and throughput over time for one lane, in
 * SVG. The series show the figure windows that have ended by the playhead:
 * the lines grow as the run plays (one React render per window, not per
 * frame) on an axis as long as the whole run; the cursor line moves through
 * a ref. Past the load's duration the axis is shaded: requests still in
 * flight finish there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LabFault, LaneRun } from '../../lab/types';
import { useExplainer, useExplainerStore } from '../../store/context';
import type { Lang } from '../../store/explainerStore';
import { useT } from './i18n';
import { latencyY, seriesPath, type ChartScale } from './chartScale';
import { formatCount } from './format';
import { textWidth, timeTicks, windowsUpTo } from './timeline';

const PAD = { left: 50, right: 12, top: 22, bottom: 22 };
const GAP = 34;

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)));
    ro.observe(el);
    setWidth(Math.round(el.clientWidth));
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

const LAT_LABEL = ['1 ms', '10 ms', '100 ms', '1 s', '10 s', '100 s'];

export function LaneChart({
  lane,
  scale,
  durationMs,
  faults = [],
  frameMs,
  lang,
}: {
  lane: LaneRun;
  scale: ChartScale;
  /** When the load stops (the settings' duration); the run may drain past it. */
  durationMs: number;
  /** The run's faults: those that strike this lane are marked on its time axis. */
  faults?: readonly LabFault[];
  frameMs: number;
  lang: Lang;
}) {
  const t = useT();
  const cursor = useExplainerStore();
  const [box, width] = useWidth<HTMLDivElement>();
  const line = useRef<HTMLDivElement>(null);
  const all = lane.figures.windows;
  // Re-renders only when another window has ended (or, scrubbing back, un-ended).
  const shown = useExplainer((s) => windowsUpTo(all, Math.max(0, s.step) * frameMs));
  const ws = useMemo(() => all.slice(0, shown), [all, shown]);
  const w = Math.max(160, width);
  const PANEL_H = w < 360 ? 84 : 100;
  const plotW = w - PAD.left - PAD.right;
  const x = (ms: number) => PAD.left + (Math.min(ms, scale.tMax) / scale.tMax) * plotW;
  const latTop = PAD.top;
  const rateTop = PAD.top + PANEL_H + GAP;
  const height = rateTop + PANEL_H + PAD.bottom;
  const yLat = (ms: number) => latTop + PANEL_H * (1 - latencyY(ms, scale.decades));
  const yRate = (r: number) => rateTop + PANEL_H * (1 - Math.min(1, r / scale.rateMax));

  useEffect(() => {
    const place = (step: number) => {
      const g = line.current;
      // An HTML line on its own layer: moving it repaints nothing else.
      if (g) g.style.transform = `translateX(${x(Math.max(0, step) * frameMs).toFixed(1)}px)`;
    };
    place(cursor.getState().step);
    return cursor.subscribe((s, prev) => {
      if (s.step !== prev.step) place(s.step);
    });
  });

  const decades: number[] = [];
  for (let d = scale.decades[0]; d <= scale.decades[1]; d++) decades.push(d);
  const ticks = timeTicks(scale.tMax, durationMs, plotW);
  const stopX = x(durationMs);
  const drains = durationMs < scale.tMax;
  // "load stops" beside the marker, in the throughput title's row, where it fits.
  const stopText = t('lab.chart.stop');
  const stopW = textWidth(stopText);
  const titleEnd = textWidth(t('lab.chart.throughput')) * 1.1 + 8;
  const stopLabel =
    w - PAD.right - stopX - 4 >= stopW
      ? { x: stopX + 4, anchor: 'start' as const }
      : stopX - 4 - stopW >= titleEnd
        ? { x: stopX - 4, anchor: 'end' as const }
        : null;

  return (
    <div className="lab-chart" ref={box} data-windows={shown} data-t-max={scale.tMax}>
      <svg width={w} height={height} role="img" aria-label={t('lab.chart.label')}>
        {drains && (
          <g className="lab-chart-drain">
            <title>{t('lab.chart.drain')}</title>
            <rect x={stopX} y={latTop} width={w - PAD.right - stopX} height={PANEL_H} />
            <rect x={stopX} y={rateTop} width={w - PAD.right - stopX} height={PANEL_H} />
            <line x1={stopX} x2={stopX} y1={latTop} y2={rateTop + PANEL_H} />
            {stopLabel && (
              <text
                className="lab-chart-stop-label"
                x={stopLabel.x}
                y={rateTop - 8}
                textAnchor={stopLabel.anchor}
              >
                {stopText}
              </text>
            )}
          </g>
        )}
        {/* latency panel */}
        <text className="lab-chart-title" x={0} y={latTop - 8}>
          {t('lab.chart.latency')}
        </text>
        {decades.map((d) => (
          <g key={d}>
            <line
              className="lab-chart-grid"
              x1={PAD.left}
              x2={w - PAD.right}
              y1={yLat(10 ** d)}
              y2={yLat(10 ** d)}
            />
            <text
              className="lab-chart-tick"
              x={PAD.left - 4}
              y={yLat(10 ** d) + 4}
              textAnchor="end"
            >
              {LAT_LABEL[d] ?? ''}
            </text>
          </g>
        ))}
        <path className="lab-line lab-line-p99" d={seriesPath(ws, (v) => v.p99, x, yLat)} />
        <path className="lab-line lab-line-p95" d={seriesPath(ws, (v) => v.p95, x, yLat)} />
        <path className="lab-line lab-line-p50" d={seriesPath(ws, (v) => v.p50, x, yLat)} />
        {/* throughput panel */}
        <text className="lab-chart-title" x={0} y={rateTop - 8}>
          {t('lab.chart.throughput')}
        </text>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line
              className="lab-chart-grid"
              x1={PAD.left}
              x2={w - PAD.right}
              y1={yRate(scale.rateMax * f)}
              y2={yRate(scale.rateMax * f)}
            />
            <text
              className="lab-chart-tick"
              x={PAD.left - 4}
              y={yRate(scale.rateMax * f) + 4}
              textAnchor="end"
            >
              {`${Math.round(scale.rateMax * f)}/s`}
            </text>
          </g>
        ))}
        <path
          className="lab-line lab-line-rate"
          d={seriesPath(ws, (v) => v.throughput, x, yRate)}
        />
        <path
          className="lab-line lab-line-errors"
          d={seriesPath(ws, (v) => (v.errors > 0 ? v.errors : null), x, yRate)}
        />
        {faults
          .filter((f) => f.lane === 'all' || f.lane === lane.id)
          .map((f, i) => (
            <g key={i} className="lab-chart-fault">
              <title>
                {t('lab.faultAt', {
                  fault: t(`lab.fault.${f.kind}`),
                  lane: f.lane === 'all' ? t('lab.allLanes') : t(`lab.lane.${f.lane}`),
                  time: (f.at / 1000).toFixed(1),
                })}
              </title>
              <line x1={x(f.at)} x2={x(f.at)} y1={latTop} y2={rateTop + PANEL_H} />
              <path d={`M${(x(f.at) - 5).toFixed(1)} ${latTop - 1}h10l-5 7z`} />
            </g>
          ))}
        {ticks.map((k, i) => (
          <text
            key={k.ms}
            className={k.stop ? 'lab-chart-tick lab-chart-tick-stop' : 'lab-chart-tick'}
            x={x(k.ms)}
            y={height - 6}
            textAnchor={i === 0 ? 'start' : x(k.ms) > w - PAD.right - 16 ? 'end' : 'middle'}
          >
            {`${formatCount(k.ms / 1000, lang)} s`}
          </text>
        ))}
      </svg>
      <div
        ref={line}
        className="lab-chart-cursor"
        style={{ top: PAD.top, height: rateTop + PANEL_H - PAD.top }}
        aria-hidden="true"
      />
    </div>
  );
}
