/**
 * Every request the simulated server answers (the form, a console fetch())
 * joins this widget's timeline. One subscription per widget.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { subscribe } from '../../server/bus';
import type { ExplainerState } from '../../store/explainerStore';

export function useLiveRequests(store: StoreApi<ExplainerState>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    return subscribe((served) => store.getState().appendLive(served.events));
  }, [store, enabled]);
}
