/**
 * The panel's stand-in while its chunk (and CodeMirror) loads: the same frame
 * and height (shell.css), so nothing below moves when the editor arrives.
 * Tiny on purpose (its two strings inline, no dictionary): a scene may import
 * it statically as the fallback of a lazy slot.
 */
import './shell.css';

/** Kept equal to the dictionary's py.title / py.editorLoading (a test checks). */
export const PLACEHOLDER_TEXT = {
  en: { title: 'Your code', loading: 'Loading the editor…' },
  ko: { title: '내 코드', loading: '편집기를 불러오는 중…' },
} as const;

export function PanelPlaceholder({ lang }: { lang: 'en' | 'ko' }) {
  const text = PLACEHOLDER_TEXT[lang];
  return (
    <section
      className="ui-card py-panel py-panel-placeholder"
      aria-busy="true"
      aria-label={text.title}
    >
      <h2 className="py-title">{text.title}</h2>
      <div className="py-editor-box py-editor-waiting">
        <p>{text.loading}</p>
      </div>
    </section>
  );
}
