/**
 * The page follows the widget's theme: `<html data-theme>` mirrors the
 * store's, so theme.css's colours (and the browser's canvas, scrollbars and
 * form controls, through color-scheme) apply to html and body too, not only
 * inside the widget. Without it a dark widget sat on a cream page.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ExplainerState } from '../store/explainerStore';

export function syncPageTheme(store: StoreApi<ExplainerState>, root: HTMLElement): () => void {
  root.dataset.theme = store.getState().theme;
  return store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) root.dataset.theme = s.theme;
  });
}
