/**
 * What the python scene imports: a few lines that load the panel (and
 * CodeMirror with it) only when the panel is shown, with a placeholder of
 * the same height meanwhile so nothing below it moves.
 */
import { lazy, Suspense } from 'react';
import type { PythonPanelProps } from './PythonPanel';
import { pyText, type Lang } from './strings';
import './shell.css';

const loadPanel = () => import('./PythonPanel');
const Panel = lazy(loadPanel);

/** Start fetching the panel early (e.g. when the python scene opens); harmless to call twice. */
export function preloadPythonPanel(): void {
  void loadPanel();
}

export function LazyPythonPanel(props: PythonPanelProps) {
  return (
    <Suspense fallback={<PanelPlaceholder lang={props.lang} />}>
      <Panel {...props} />
    </Suspense>
  );
}

export function PanelPlaceholder({ lang }: { lang: Lang }) {
  return (
    <section className="py-panel py-panel-placeholder" aria-busy="true">
      <h2 className="py-title">{pyText(lang, 'py.title')}</h2>
      <div className="py-editor-box py-editor-waiting">
        <p>{pyText(lang, 'py.editorLoading')}</p>
      </div>
    </section>
  );
}

export type { PythonExample, PythonPanelProps } from './PythonPanel';
