/** The widget's session for components that act on the world (scene switch, middleware edits, the form). */
import { createContext, useContext, type ReactNode } from 'react';
import { ExplainerProvider, useExplainer } from '../store/context';
import type { PythonHost } from '../python/contract';
import type { SessionRouter } from './router';
import type { Session } from './session';

interface SessionContextValue {
  session: Session;
  router: SessionRouter | null;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({
  session,
  router = null,
  children,
}: {
  session: Session;
  router?: SessionRouter | null;
  children: ReactNode;
}) {
  return (
    <SessionContext.Provider value={{ session, router }}>
      <ExplainerProvider store={session.store}>{children}</ExplainerProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/**
 * The "Your own Python" scene's CPython for this widget (null in other scenes).
 * Subscribe to it (`host.subscribe`) for its status, progress and errors.
 */
export function usePythonHost(): PythonHost | null {
  const { session } = useSession();
  // A scene switch gives (or takes away) the host; it exists once the scene's world is shown.
  useExplainer((s) => s.scene);
  useExplainer((s) => s.ready);
  return session.python();
}
