// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publish } from '../../server/bus';
import type { HttpRequest, HttpResponse } from '../../sim/types';
import { createExplainerStore } from '../../store/explainerStore';
import { fixtureTrace } from '../narrate.fixture';
import { FLUSH_MS, useLiveRequests } from './useLiveRequests';

afterEach(() => vi.useRealTimers());

const request = {} as HttpRequest;
const response = {} as HttpResponse;

describe('useLiveRequests', () => {
  it('joins answers arriving close together in one batch, each as its own live request', () => {
    vi.useFakeTimers();
    const store = createExplainerStore({ scene: 'static', events: [], lang: 'en' });
    renderHook(() => useLiveRequests(store));
    const events = fixtureTrace();
    for (let i = 0; i < 5; i++) publish({ request, response, events });
    expect(store.getState().live).toBe(0);
    act(() => vi.advanceTimersByTime(FLUSH_MS));
    expect(store.getState().live).toBe(5);
    expect(store.getState().length).toBe(5 * events.length);
  });

  it('flushes what is queued when the widget goes away, and stops listening', () => {
    vi.useFakeTimers();
    const store = createExplainerStore({ scene: 'static', events: [], lang: 'en' });
    const { unmount } = renderHook(() => useLiveRequests(store));
    publish({ request, response, events: fixtureTrace() });
    unmount();
    expect(store.getState().live).toBe(1);
    publish({ request, response, events: fixtureTrace() });
    vi.advanceTimersByTime(FLUSH_MS * 2);
    expect(store.getState().live).toBe(1);
  });
});
