// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabRun, LaneRun } from '../../lab/types';
import { ExplainerProvider } from '../../store/context';
import { FigureTable } from './FigureTable';
import { createLab } from './labState';
import type { Runner } from './runner';
import type { LabSettings } from './settings';

const frame = (i: number) => ({
  t: i * 100,
  queued: i,
  inWorker: 0,
  serving: 2,
  proxy: 0,
  inFlight: 2 + i,
  ok: i * 10,
  errors: 0,
  completed: i * 10,
  sent: i * 10 + 2,
  workers: [1, 1],
  pids: [1, 2],
  coresBusy: 1,
});
function fakeLane(frames: number): LaneRun {
  const windows = Array.from({ length: Math.ceil(frames / 10) }, (_, k) => ({
    t: (k + 1) * 1000,
    throughput: 50 + k,
    p50: 12 + k,
    p95: 800 + k,
    p99: 1500,
    queue: 0,
    busy: 2,
    memoryKiB: 40_960,
    cpuMs: 100,
    errors: 0,
  }));
  return {
    id: 'prefork',
    frames: Array.from({ length: frames }, (_, i) => frame(i)),
    workerCapacity: 1,
    wallMs: 1,
    figures: {
      windows,
      errors: { '502': 3, '503': 0, '504': 0, timeout: 1, reset: 0, other5xx: 0 },
    } as unknown as LaneRun['figures'],
  };
}

/** A runner that answers at once with `frames` frames per lane and records what it was asked. */
function fakeRunner(frames: number) {
  const asked: LabSettings[] = [];
  const runner: Runner = {
    run: (s) => {
      asked.push(structuredClone(s));
      return Promise.resolve<LabRun>({ frameMs: 100, lanes: [fakeLane(frames)] });
    },
    dispose: () => {},
  };
  return { runner, asked };
}

afterEach(cleanup);

describe('lab state', () => {
  it('makes the timeline as long as the run’s frames, and a fault keeps the cursor', async () => {
    const { runner, asked } = fakeRunner(50);
    const lab = createLab(runner);
    await act(async () => lab.state.getState().rerun());
    expect(lab.state.getState().status).toBe('ready');
    expect(lab.cursor.getState().length).toBe(50);
    act(() => lab.cursor.getState().seek(23));
    await act(async () => lab.state.getState().inject('block-loop', 'event'));
    expect(asked.at(-1)?.faults).toEqual([{ kind: 'block-loop', lane: 'event', at: 2300 }]);
    expect(lab.cursor.getState().step).toBe(23);
    await act(async () => lab.state.getState().clearFaults());
    expect(asked.at(-1)?.faults).toEqual([]);
  });

  it('a preset sets the whole lab and autoplay starts once the run is ready', async () => {
    const { runner, asked } = fakeRunner(30);
    const lab = createLab(runner, { autoplay: true });
    await act(async () => lab.state.getState().applyPreset('cpu'));
    expect(asked.at(-1)?.load.mix).toEqual({
      static: 0,
      fast: 0,
      slow: 0,
      cpu: 100,
      upload: 0,
      slowClient: 0,
    });
    expect(lab.state.getState().preset).toBe('cpu');
    expect(lab.cursor.getState().playing).toBe(true);
  });
});

describe('FigureTable', () => {
  it('shows the figures at the cursor as text and follows it', async () => {
    const { runner } = fakeRunner(40);
    const lab = createLab(runner);
    await act(async () => lab.state.getState().rerun());
    const lane = lab.state.getState().run!.lanes[0];
    render(
      <ExplainerProvider store={lab.cursor}>
        <FigureTable lane={lane} frameMs={100} lang="en" capacity={1} />
      </ExplainerProvider>,
    );
    const cell = (key: string) =>
      document.querySelector(`tr[data-figure="${key}"] td`)?.textContent;
    act(() => lab.cursor.getState().seek(5));
    expect(cell('p50')).toBe('–'); // no window has ended at 0.5 s
    expect(cell('queue')).toBe('5');
    act(() => lab.cursor.getState().seek(25));
    expect(cell('p50')).toBe('13 ms');
    expect(cell('p95')).toBe('801 ms');
    expect(cell('throughput')).toBe('51/s');
    expect(cell('busy')).toBe('2 of 2');
    expect(cell('memory')).toBe('40 MiB · 2\u00a0proc.');
    expect(cell('status')).toBe('502 ×3 · connect timeout ×1');
    expect(screen.getByText('Figures at 2.5 s')).toBeTruthy();
  });
});
