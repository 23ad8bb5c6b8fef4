/** The full site's entry: read the deep link, create the one session, start the simulated server, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startServer } from '../server';
import { createRouter } from '../session/router';
import { createSession } from '../session/session';
import { applyStack } from '../ui/middleware/apply';
import { syncPageTheme } from '../ui/pageTheme';
import { preloadStage } from '../ui/StageSlot';
import '../ui/theme.css';
import { App } from './App';
import { parseParams } from './params';

// The stage's chunk is fetched while the first frame renders (it paints the stage's frame meanwhile).
preloadStage();
const params = parseParams(window.location.search, navigator.language);
const session = createSession(params);
if (params.mw) applyStack(session, params.mw, params.step);
document.documentElement.lang = params.lang;
syncPageTheme(session.store, document.documentElement);
// The page's router: requests to https://demo.test go to the session of the widget in use.
const router = createRouter();
router.attach(session);

void startServer(router);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App session={session} router={router} />
    </StrictMode>,
  );
}
