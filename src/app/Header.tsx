/** Title, scene navigation, theme and language toggles. */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SceneId } from '../sim/types';
import { useExplainer } from '../store/context';
import type { ExplainerState, Lang, Theme } from '../store/explainerStore';
import { useT } from '../ui/i18n';
import { SCENES } from '../ui/i18n/scenes';
import { useSession } from '../session/context';
import { ShareButton } from '../ui/share/ShareButton';

const select = (s: ExplainerState) => ({
  scene: s.scene,
  lang: s.lang,
  theme: s.theme,
  setLang: s.setLang,
  setTheme: s.setTheme,
});
const THEMES: Theme[] = ['auto', 'light', 'dark'];
const LANGS: { id: Lang; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'ko', label: '한국어' },
];

export function Header() {
  const t = useT();
  const { session } = useSession();
  const h = useExplainer(useShallow(select));
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // On phones the list scrolls sideways: keep the current scene in view (without moving the page).
    const list = nav.current?.querySelector('ol');
    const a = nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !a || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = a.offsetLeft - list.offsetLeft - 16;
  }, [h.scene]);
  const go = (scene: SceneId) => {
    if (scene !== h.scene) session.setScene(scene);
  };

  return (
    <header className="app-header">
      <div className="app-header-top">
        <div className="app-brand">
          <h1 className="app-title">{t('app.title')}</h1>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="app-toggles">
          <ShareButton />
          <div className="app-segmented" role="group" aria-label={t('app.theme')}>
            {THEMES.map((th) => (
              <button
                key={th}
                type="button"
                aria-pressed={h.theme === th}
                onClick={() => h.setTheme(th)}
              >
                {t(`app.theme.${th}`)}
              </button>
            ))}
          </div>
          <div className="app-segmented" role="group" aria-label={t('app.lang')}>
            {LANGS.map((l) => (
              <button
                key={l.id}
                type="button"
                lang={l.id}
                aria-pressed={h.lang === l.id}
                onClick={() => h.setLang(l.id)}
              >
                {l.label}
              </button>
            ))}
          </div>
        </div>
      </div>
      <nav className="app-scenes" ref={nav} aria-label={t('app.scenes')}>
        <ol>
          {SCENES.map((s, i) => (
            <li key={s.id}>
              <a
                href={`?scene=${s.id}&lang=${h.lang}`}
                aria-current={s.id === h.scene ? 'page' : undefined}
                title={s.blurb[h.lang]}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  go(s.id);
                }}
              >
                <span className="app-scene-num" aria-hidden="true">
                  {i + 1}
                </span>
                {s.title[h.lang]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}
