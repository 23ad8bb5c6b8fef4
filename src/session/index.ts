export { createSession, FLUSH_MS, type Session, type SessionInit, type SiteEdit } from './session';
export { createRouter, type SessionRouter } from './router';
export { SessionProvider, usePythonHost, useSession } from './context';
export { loadEngine, engineNow } from './engine';
