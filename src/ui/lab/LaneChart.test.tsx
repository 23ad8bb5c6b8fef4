// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabFault, LaneRun, WindowFigures } from '../../lab/types';
import { createExplainerStore } from '../../store/explainerStore';
import { ExplainerProvider } from '../../store/context';
import { chartScale } from './chartScale';
import { FigureTable } from './FigureTable';
import { LaneChart } from './LaneChart';

// 26 s of run (a 20 s load, then the drain): a window per second, 10 frames of 100 ms each.
function fakeLane(errors = 0): LaneRun {
  const windows = Array.from(
    { length: 26 },
    (_, k) =>
      ({
        t: (k + 1) * 1000,
        throughput: 50,
        p50: 10,
        p95: 100,
        p99: 200,
        errors: 0,
        memoryKiB: 1024,
        cpuMs: 10,
      }) as unknown as WindowFigures,
  );
  const frame = {
    queued: 0,
    inWorker: 0,
    serving: 0,
    inFlight: 0,
    completed: 0,
    errors: 0,
    workers: [0],
  };
  return {
    id: 'prefork',
    frames: Array.from({ length: 261 }, (_, i) => ({ ...frame, t: i * 100 })),
    workerCapacity: 1,
    wallMs: 1,
    figures: {
      windows,
      errors: { '502': errors, '503': 0, '504': 0, timeout: 0, reset: 0, other5xx: 0 },
    },
  } as unknown as LaneRun;
}

/** Points in an SVG path ("M… L… L…"). */
const points = (sel: string) =>
  (document.querySelector(sel)?.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length;

afterEach(cleanup);

/** A lane's chart on a cursor of its own (the store the chart reads the playhead from). */
function renderChart(durationMs: number, faults?: LabFault[]) {
  const lane = fakeLane();
  const cursor = createExplainerStore({ scene: 'load-lab', events: [], lang: 'en' });
  render(
    <ExplainerProvider store={cursor}>
      <LaneChart
        lane={lane}
        scale={chartScale([lane], 100)}
        durationMs={durationMs}
        faults={faults}
        frameMs={100}
        lang="en"
      />
    </ExplainerProvider>,
  );
  return cursor;
}

describe('LaneChart', () => {
  it('draws only the windows that have ended by the playhead, on the whole run’s axis', () => {
    const cursor = renderChart(20_000);
    act(() => cursor.getState().setFrames(261));
    expect(points('.lab-line-p50')).toBe(0);
    expect(points('.lab-line-rate')).toBe(0);
    act(() => cursor.getState().seek(73));
    expect(points('.lab-line-p50')).toBe(7);
    expect(points('.lab-line-rate')).toBe(7);
    expect(document.querySelector('.lab-chart')?.getAttribute('data-windows')).toBe('7');
    act(() => cursor.getState().seek(260));
    expect(points('.lab-line-p95')).toBe(26);
    act(() => cursor.getState().seek(31)); // scrubbing back shrinks it
    expect(points('.lab-line-p99')).toBe(3);
    // The load stops at 20 s: the axis marks it, and the drain after it.
    expect(document.querySelector('.lab-chart-drain')).not.toBeNull();
    const stop = document.querySelector('.lab-chart-tick-stop');
    expect(stop?.textContent).toMatch(/20 s|load stops/);
  });

  it('marks the faults that strike this lane', () => {
    renderChart(20_000, [
      { at: 5000, lane: 'all', kind: 'crash-worker' },
      { at: 8000, lane: 'event', kind: 'block-loop' },
    ]);
    const marks = document.querySelectorAll('.lab-chart-fault title');
    expect([...marks].map((m) => m.textContent)).toEqual(['Worker crashes · every lane · 5.0 s']);
  });

  it('marks no drain when the run ends with the load', () => {
    renderChart(26_000);
    expect(document.querySelector('.lab-chart-drain')).toBeNull();
  });
});

describe('FigureTable errors of the run', () => {
  const renderTable = (errors: number) => {
    const cursor = createExplainerStore({ scene: 'load-lab', events: [], lang: 'en' });
    render(
      <ExplainerProvider store={cursor}>
        <FigureTable lane={fakeLane(errors)} frameMs={100} lang="en" capacity={1} />
      </ExplainerProvider>,
    );
    return document.querySelector('tr[data-figure="status"] td')!;
  };

  it('shows "none" without the error colour', () => {
    const td = renderTable(0);
    expect(td.textContent).toBe('none');
    expect(td.classList.contains('lab-status-errors')).toBe(false);
  });

  it('shows a count in the error colour', () => {
    const td = renderTable(3);
    expect(td.textContent).toBe('502 ×3');
    expect(td.classList.contains('lab-status-errors')).toBe(true);
  });
});
