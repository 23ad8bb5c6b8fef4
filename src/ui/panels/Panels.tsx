/** What is true at the current step, for the request of the current event. */
import { useExplainer, useSnapshot } from '../../store/context';
import type { ExplainerState } from '../../store/explainerStore';
import { useLang, useT } from '../i18n';
import { troubleText, useNarration } from '../narrate';
import { CodePanel } from './CodePanel';
import { currentRequest } from './current';
import { EnvironPanel } from './EnvironPanel';
import { BodyPanel, ResponsePanel } from './ResponsePanel';
import { ErrorBoundary } from '../ErrorBoundary';
import './panels.css';

const selectScene = (s: ExplainerState) => s.scene;
const selectPlayer = (s: ExplainerState) => s.player;

export function Panels() {
  const t = useT();
  const lang = useLang();
  useNarration(lang);
  const snap = useSnapshot();
  const scene = useExplainer(selectScene);
  const player = useExplainer(selectPlayer);
  const request = currentRequest(snap);
  return (
    <section className="panels" aria-label={t('panels.label')}>
      {request && (
        <p className="panels-request">
          <span className="panel-meta">
            {t('panels.request')} #{request.rid}
          </span>{' '}
          <code>
            {request.method} {request.path}
          </code>
          {request.error && (
            <span className="panels-error"> · {troubleText(request.error, lang)}</span>
          )}
        </p>
      )}
      <ErrorBoundary name="code">
        <CodePanel scene={scene} events={player} index={snap.index} />
      </ErrorBoundary>
      <ErrorBoundary name="environ">
        <EnvironPanel request={request} />
      </ErrorBoundary>
      <ErrorBoundary name="response">
        <ResponsePanel request={request} />
      </ErrorBoundary>
      <ErrorBoundary name="body">
        <BodyPanel request={request} />
      </ErrorBoundary>
    </section>
  );
}
