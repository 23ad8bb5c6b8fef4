/** The two-column area under the controls: the lesson | panels; then the request form. */
import { LessonView } from '../ui/lesson/LessonView';
import { Panels } from '../ui/panels/Panels';
import { RequestForm } from '../ui/form/RequestForm';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadLab } from '../ui/lab/LoadLab';
import { MiddlewareEditor, StackNotice } from '../ui/middleware/MiddlewareEditor';
import { scenes } from '../scenes';
import { useExplainer } from '../store/context';
import { lazy, Suspense } from 'react';
import type { ExplainerState } from '../store/explainerStore';
import { useLang } from '../ui/i18n';
import { PanelPlaceholder } from '../ui/python/PanelPlaceholder';

// The Python scene's editor: its own chunk, loaded only in that scene.
const PythonSlot = lazy(() => import('../ui/python/PythonSlot'));

const selectScene = (s: ExplainerState) => s.scene;

export function Workspace() {
  const scene = useExplainer(selectScene);
  const lang = useLang();
  if (scenes[scene].figure === 'lab') {
    return (
      <ErrorBoundary name="lab" resetKey={scene}>
        <LoadLab />
      </ErrorBoundary>
    );
  }
  return (
    <>
      <MiddlewareEditor />
      {scene === 'python' && (
        <ErrorBoundary name="python" resetKey={scene}>
          <Suspense fallback={<PanelPlaceholder lang={lang} />}>
            <PythonSlot />
          </Suspense>
        </ErrorBoundary>
      )}
      <div className="app-columns">
        <div className="app-column app-column-lesson">
          <StackNotice />
          <ErrorBoundary name="lesson" resetKey={scene}>
            <LessonView />
          </ErrorBoundary>
        </div>
        <div className="app-column app-column-panels">
          <ErrorBoundary name="panels" resetKey={scene}>
            <Panels />
          </ErrorBoundary>
        </div>
      </div>
      <ErrorBoundary name="form" resetKey={scene}>
        <RequestForm />
      </ErrorBoundary>
    </>
  );
}
