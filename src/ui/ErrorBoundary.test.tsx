// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExplainerProvider } from '../store/context';
import { createExplainerStore, MAX_EVENTS } from '../store/explainerStore';
import { DroppedNotice } from './controls/DroppedNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { fixtureTrace } from './narrate.fixture';

afterEach(cleanup);
// React reports caught errors on the console; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

let broken = true;
function Fragile({ label }: { label: string }) {
  if (broken) throw new Error('boom');
  return <p>{label} works</p>;
}

function setup(lang: 'en' | 'ko' = 'en') {
  const store = createExplainerStore({ scene: 'static', events: fixtureTrace(), lang });
  const view = (scene: string) => (
    <ExplainerProvider store={store}>
      <ErrorBoundary name="environ" resetKey={scene}>
        <Fragile label="environ" />
      </ErrorBoundary>
      <ErrorBoundary name="code">
        <p>code works</p>
      </ErrorBoundary>
      <DroppedNotice />
    </ExplainerProvider>
  );
  const r = render(view('static'));
  return { store, rerender: (scene: string) => r.rerender(view(scene)) };
}

describe('ErrorBoundary', () => {
  it('shows a message in the failed panel and leaves its neighbours working', () => {
    broken = true;
    setup();
    expect(screen.getByRole('alert').textContent).toContain('could not be drawn (environ)');
    expect(screen.getByText('code works')).toBeTruthy();
    expect(screen.queryByText('environ works')).toBeNull();
  });

  it('speaks Korean in a Korean widget', () => {
    broken = true;
    setup('ko');
    expect(screen.getByRole('alert').textContent).toContain('그리지 못했습니다');
  });

  it('tries again on the button and when the reset key changes', () => {
    broken = true;
    const { rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeTruthy(); // still broken: the message stays
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('environ works')).toBeTruthy();

    broken = true;
    rerender('static-2'); // new key while broken: fails again, shows the message again
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender('wsgi');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('environ works')).toBeTruthy();
  });
});

describe('DroppedNotice', () => {
  it('appears once live requests push the timeline past MAX_EVENTS, with the count', () => {
    broken = false;
    const { store } = setup();
    expect(screen.queryByRole('status')).toBeNull();
    const request = fixtureTrace();
    act(() => {
      for (let sent = 0; sent <= MAX_EVENTS; sent += request.length)
        store.getState().appendLive(request);
    });
    const dropped = store.getState().dropped;
    expect(dropped).toBeGreaterThan(0);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('Older requests were summarised to keep memory bounded');
    expect(notice.textContent).toContain(dropped.toLocaleString('en-US'));
  });
});
