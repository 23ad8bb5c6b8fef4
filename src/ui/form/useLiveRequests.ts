/**
 * Every request the simulated server answers (the form, a console fetch())
 * joins this widget's timeline. One subscription per widget.
 *
 * Answers are queued and joined together at most every FLUSH_MS: each one
 * arrives in its own task (a Service Worker message), and one React render
 * (with framer-motion's layout measuring) per answer made 1,000 concurrent
 * requests take ~50 s; one render per batch keeps them near msw's own pace.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { subscribe } from '../../server/bus';
import type { TraceEvent } from '../../sim/types';
import type { ExplainerState } from '../../store/explainerStore';

export const FLUSH_MS = 16;

export function useLiveRequests(store: StoreApi<ExplainerState>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    let queue: TraceEvent[][] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const batch = queue;
      queue = [];
      // In one task: React renders once for the whole batch.
      const s = store.getState();
      for (const events of batch) s.appendLive(events);
    };
    const unsubscribe = subscribe((served) => {
      queue.push(served.events);
      timer ??= setTimeout(flush, FLUSH_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      flush();
    };
  }, [store, enabled]);
}
