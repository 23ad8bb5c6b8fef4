/**
 * Keeps scene, step, lang, theme and speed in the address bar (replaceState)
 * so a copied link reopens the same place; keeps <html lang> and the page
 * title in step with the widget. The address follows once the figure rests
 * (a beat's dwell, a pause), and at least every MAX_WAIT_MS while it keeps
 * moving: never once per step. replaceState costs the main thread, where
 * msw answers fetch() too, and live requests in a rush move the figure twice
 * a second.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { linkStep } from '../store/beats';
import type { ExplainerState } from '../store/explainerStore';
import { translate } from '../ui/i18n';
import { sceneInfo } from '../ui/i18n/scenes';
import { writeParams } from './params';

/** The address is written once the widget has not changed for this long… */
export const QUIET_MS = 400;
/** …or when it has kept changing for this long. */
export const MAX_WAIT_MS = 2000;

function sync(s: ExplainerState): void {
  // Until the scene's trace is there the step is a placeholder: keep the link's.
  if (!s.ready) return;
  const search = writeParams(window.location.search, {
    scene: s.scene,
    step: linkStep(s),
    lang: s.lang,
    theme: s.theme,
    speed: s.speed,
    mw: s.stack ?? undefined,
  });
  if (search !== window.location.search) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }
  document.documentElement.lang = s.lang;
  const title = `${sceneInfo(s.scene).title[s.lang]} · ${translate(s.lang, 'app.title')}`;
  if (document.title !== title) document.title = title;
}

export function useUrlSync(store: StoreApi<ExplainerState>): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    /** When the first change not yet in the address happened. */
    let since: number | null = null;
    const write = () => {
      timer = null;
      since = null;
      sync(store.getState());
    };
    sync(store.getState());
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.lang !== prev.lang || s.scene !== prev.scene) document.documentElement.lang = s.lang;
      const now = Date.now();
      since ??= now;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, Math.max(0, Math.min(QUIET_MS, since + MAX_WAIT_MS - now)));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
}
