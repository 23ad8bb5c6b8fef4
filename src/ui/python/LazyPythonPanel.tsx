/**
 * What the python scene imports: a few lines that load the panel (and
 * CodeMirror with it) only when the panel is shown, with a placeholder of
 * the same height meanwhile so nothing below it moves.
 */
import { lazy, Suspense } from 'react';
import type { PythonPanelProps } from './PythonPanel';
import { PanelPlaceholder } from './PanelPlaceholder';

const loadPanel = () => import('./PythonPanel');
const Panel = lazy(loadPanel);

/** Start fetching the panel early (e.g. when the python scene opens); harmless to call twice. */
export function preloadPythonPanel(): void {
  void loadPanel();
}

export type LazyPythonPanelProps = Omit<PythonPanelProps, 'code'> & {
  /** null while the first example's source is still loading: the placeholder stays until it is known. */
  code: string | null;
};

export function LazyPythonPanel({ code, ...props }: LazyPythonPanelProps) {
  const placeholder = <PanelPlaceholder lang={props.lang} />;
  if (code === null) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Panel {...props} code={code} />
    </Suspense>
  );
}

export { PanelPlaceholder };
export type { PythonExample, PythonPanelProps } from './PythonPanel';
