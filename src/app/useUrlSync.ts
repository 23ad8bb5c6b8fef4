/**
 * Keeps scene, step, lang, theme and speed in the address bar (replaceState,
 * throttled) so a copied link reopens the same place; keeps <html lang> and
 * the page title in step with the widget.
 */
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { linkStep } from '../store/beats';
import type { ExplainerState } from '../store/explainerStore';
import { translate } from '../ui/i18n';
import { sceneInfo } from '../ui/i18n/scenes';
import { writeParams } from './params';

const THROTTLE_MS = 400;

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
  document.title = `${sceneInfo(s.scene).title[s.lang]} · ${translate(s.lang, 'app.title')}`;
}

export function useUrlSync(store: StoreApi<ExplainerState>): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    sync(store.getState());
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.lang !== prev.lang || s.scene !== prev.scene) document.documentElement.lang = s.lang;
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        sync(store.getState());
      }, THROTTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
}
