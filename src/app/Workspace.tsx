/** The two-column area under the controls: lesson and narration | panels; then the request form. */
import { LessonView } from '../ui/lesson/LessonView';
import { Narration } from '../ui/panels/Narration';
import { Panels } from '../ui/panels/Panels';
import { RequestForm } from '../ui/form/RequestForm';

export function Workspace() {
  return (
    <>
      <div className="app-columns">
        <div className="app-column app-column-lesson">
          <Narration />
          <LessonView />
        </div>
        <div className="app-column app-column-panels">
          <Panels />
        </div>
      </div>
      <RequestForm />
    </>
  );
}
