import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ExplainerState } from './explainerStore';
import type { Snapshot } from '../player/snapshot';

const StoreContext = createContext<StoreApi<ExplainerState> | null>(null);

export function ExplainerProvider({
  store,
  children,
}: {
  store: StoreApi<ExplainerState>;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useExplainerStore(): StoreApi<ExplainerState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplainer must be used inside <ExplainerProvider>');
  return store;
}

/** Read one slice of the widget's state; re-renders only when that slice changes. */
export function useExplainer<T>(selector: (s: ExplainerState) => T): T {
  return useStore(useExplainerStore(), selector);
}

const selectRush = (s: ExplainerState) => s.rush;

/** Live requests come faster than they can be shown: the figure jumps instead of animating. */
export function useRush(): boolean {
  return useExplainer(selectRush);
}

/** The state of the stage at the current step (replayed from the trace, cached by the player). */
export function useSnapshot(): Snapshot {
  const step = useExplainer((s) => s.step);
  const version = useExplainer((s) => s.version);
  const player = useExplainer((s) => s.player);
  // version is a dependency on purpose: a live append changes what `at` returns at the tip.
  return useMemo(() => player.at(step), [player, step, version]); // eslint-disable-line react-hooks/exhaustive-deps
}
