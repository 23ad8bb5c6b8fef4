/**
 * Replay, for an embed without controls that would have autoplayed but
 * shows its last frame instead (the reader prefers reduced motion): one
 * button, reachable by keyboard, that plays the figure once more.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ExplainerState, Lang } from '../store/explainerStore';

const REPLAY: Record<Lang, string> = { en: 'Replay', ko: '다시 보기' };

export function ReplayButton({ store, lang }: { store: StoreApi<ExplainerState>; lang: Lang }) {
  return (
    <button
      type="button"
      className="embed-replay"
      onClick={() => {
        const s = store.getState();
        s.restart();
        s.play();
      }}
    >
      <span aria-hidden="true">↻ </span>
      {REPLAY[lang]}
    </button>
  );
}
