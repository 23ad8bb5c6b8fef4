/**
 * Latency percentiles (log axis) and throughput over time for one lane, in
 * SVG: the series are drawn once per run; only the cursor line moves (set
 * through a ref, no React render per frame).
 */
import { useEffect, useRef, useState } from 'react';
import type { LaneRun } from '../../lab/types';
import { useExplainerStore } from '../../store/context';
import type { Lang } from '../../store/explainerStore';
import { useT } from './i18n';
import { latencyY, seriesPath, type ChartScale } from './chartScale';
import { formatClock } from './format';

const PAD = { left: 46, right: 10, top: 20, bottom: 20 };
const PANEL_H = 100;
const GAP = 30;

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
  frameMs,
  lang,
}: {
  lane: LaneRun;
  scale: ChartScale;
  frameMs: number;
  lang: Lang;
}) {
  const t = useT();
  const cursor = useExplainerStore();
  const [box, width] = useWidth<HTMLDivElement>();
  const line = useRef<HTMLDivElement>(null);
  const w = Math.max(160, width);
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

  const ws = lane.figures.windows;
  const decades: number[] = [];
  for (let d = scale.decades[0]; d <= scale.decades[1]; d++) decades.push(d);
  const ticks = 5;
  const timeTicks = Array.from({ length: ticks + 1 }, (_, i) => (scale.tMax * i) / ticks);

  return (
    <div className="lab-chart" ref={box}>
      <svg width={w} height={height} role="img" aria-label={t('lab.chart.label')}>
        {/* latency panel */}
        <text className="lab-chart-title" x={0} y={latTop - 9}>
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
              y={yLat(10 ** d) + 3}
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
        <text className="lab-chart-title" x={0} y={rateTop - 9}>
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
              y={yRate(scale.rateMax * f) + 3}
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
        {timeTicks.map((tm, i) => (
          <text
            key={i}
            className="lab-chart-tick"
            x={x(tm)}
            y={height - 6}
            textAnchor={i === 0 ? 'start' : i === ticks ? 'end' : 'middle'}
          >
            {formatClock(tm, lang)}
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
