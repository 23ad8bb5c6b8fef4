// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabRun, LaneRun } from '../../lab/types';
import { ExplainerProvider } from '../../store/context';
import { createLab } from './labState';
import { LabStatus } from './LabStatus';
import type { Runner } from './runner';

// 25 s of frames for a 20 s load (the settings' default duration).
const lane = {
  id: 'prefork',
  frames: Array.from({ length: 251 }, (_, i) => ({ t: i * 100 })),
  figures: { windows: [] },
} as unknown as LaneRun;
const runner: Runner = {
  run: () => Promise.resolve<LabRun>({ frameMs: 100, lanes: [lane] }),
  dispose: () => {},
};

afterEach(cleanup);

describe('LabStatus', () => {
  it('says what is happening; the live region speaks on changes of phase only', async () => {
    const lab = createLab(runner, { lang: 'en' });
    render(
      <ExplainerProvider store={lab.cursor}>
        <LabStatus lab={lab} frameMs={100} />
      </ExplainerProvider>,
    );
    await act(async () => lab.state.getState().rerun());
    const line = () => document.querySelector('.lab-run-status')?.textContent;
    const live = () => document.querySelector('[role="status"]')?.textContent;
    expect(line()).toBe('Ready: press play, or scrub the timeline.');
    act(() => lab.cursor.getState().play());
    expect(line()).toBe('Playing: 0.0 s of 20 s');
    act(() => lab.cursor.getState().seek(73));
    expect(line()).toBe('Playing: 7.3 s of 20 s');
    expect(live()).toBe('Playing: 0.0 s of 20 s');
    act(() => lab.cursor.getState().seek(212));
    expect(line()).toMatch(/^Playing: 21\.2 s\. The load stopped at 20 s/);
    act(() => lab.cursor.getState().pause());
    expect(line()).toMatch(/^Paused at 21\.2 s/);
    expect(live()).toBe(line());
    act(() => lab.cursor.getState().seek(250));
    expect(line()).toBe('Done: 20 s of load played, and requests in flight until 25.0 s');
    lab.dispose();
  });
});
