// @vitest-environment happy-dom
// The address bar follows the figure when it rests, not on every step:
// replaceState costs the main thread, where msw answers fetch() too.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { TraceEvent } from '../sim/types';
import { positionOf } from '../store/beats';
import { createExplainerStore, type ExplainerState } from '../store/explainerStore';
import { MAX_WAIT_MS, QUIET_MS, useUrlSync } from './useUrlSync';

function request(rid: number, t: number): TraceEvent[] {
  const client = `client:${rid}`;
  return [
    {
      seq: 0,
      t,
      rid,
      type: 'client.send',
      actor: client,
      method: 'GET',
      url: `https://demo.test/${rid}`,
      headers: [],
      bodyBytes: 0,
    },
    {
      seq: 1,
      t: t + 1,
      rid,
      type: 'client.receive',
      actor: client,
      status: 200,
      reason: 'OK',
      headers: [],
      bodyBytes: 0,
      bodyPreview: '',
    },
  ];
}

function Sync({ store }: { store: StoreApi<ExplainerState> }) {
  useUrlSync(store);
  return null;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the address bar', () => {
  it('is not rewritten per step while live requests keep moving the figure, and names the step it rests on', async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?scene=wsgi');
    const store = createExplainerStore({ scene: 'wsgi', events: request(1, 0), lang: 'en' });
    store.getState().setScene('wsgi', request(1, 0), 1, null, [{ end: 1 }]);
    const replace = vi.spyOn(window.history, 'replaceState');
    render(<Sync store={store} />);
    replace.mockClear();
    // Live requests joining every 100 ms for 3 s, each moving the cursor, as a rush does.
    const duration = 3000;
    for (let t = 0; t < duration; t += 100) {
      store.getState().appendLive(request(t + 2, t + 10), 1, 'rush');
      await vi.advanceTimersByTimeAsync(100);
    }
    // 30 steps: written only every MAX_WAIT_MS while they keep coming.
    expect(replace.mock.calls.length).toBeLessThanOrEqual(Math.ceil(duration / MAX_WAIT_MS));
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    const s = store.getState();
    const step = new URLSearchParams(window.location.search).get('step');
    expect(step).toBe(String(positionOf(s.beats, s.step)));
    expect(replace.mock.calls.length).toBeLessThanOrEqual(Math.ceil(duration / MAX_WAIT_MS) + 1);
  });

  it('follows a pause within QUIET_MS', async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?scene=wsgi');
    const store = createExplainerStore({ scene: 'wsgi', events: request(1, 0), lang: 'en' });
    render(<Sync store={store} />);
    store.getState().seek(1);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(new URLSearchParams(window.location.search).get('step')).toBe('1');
  });
});
