/** The full site: header, stage, controls, then lesson + narration beside the panels, then the request form. */
import { useSyncExternalStore } from 'react';
import type { SessionRouter } from '../session/router';
import type { Session } from '../session/session';
import { useT } from '../ui/i18n';
import { Widget } from '../ui/Widget';
import { Workspace } from './Workspace';
import { Header } from './Header';
import { useUrlSync } from './useUrlSync';
import './app.css';

function subscribeServerMode(cb: () => void): () => void {
  const observer = new MutationObserver(cb);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-server'],
  });
  return () => observer.disconnect();
}
const serverMode = () => document.documentElement.dataset.server ?? '';

function InPageNotice() {
  const t = useT();
  const mode = useSyncExternalStore(subscribeServerMode, serverMode, () => '');
  if (mode !== 'in-page') return null;
  return (
    <p className="app-notice" role="note">
      {t('app.inPage')}
    </p>
  );
}

function Footer() {
  const t = useT();
  return (
    <footer className="app-footer">
      <p>{t('app.footer')}</p>
      <p>
        <code>{t('app.console')}</code>
      </p>
    </footer>
  );
}

export function App({ session, router }: { session: Session; router: SessionRouter }) {
  useUrlSync(session.store);
  return (
    <Widget session={session} router={router} className="app" header={<Header />} controls="full">
      <InPageNotice />
      <Workspace />
      <Footer />
    </Widget>
  );
}
