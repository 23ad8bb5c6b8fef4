/**
 * Starts the simulated server once per page: msw's Service Worker where the
 * browser allows one, otherwise the in-page fetch wrapper. Either way it
 * marks `<html data-server="service-worker|in-page">` for tests and the UI.
 */
import { installInPageFetch } from './inPage';

export type ServerMode = 'service-worker' | 'in-page';

let started: Promise<ServerMode> | undefined;

/** Idempotent (React StrictMode runs effects twice): every call gets the same promise. */
export function startServer(): Promise<ServerMode> {
  started ??= start();
  return started;
}

async function start(): Promise<ServerMode> {
  const mode: ServerMode = (await tryServiceWorker()) ? 'service-worker' : 'in-page';
  if (mode === 'in-page') installInPageFetch();
  document.documentElement.dataset.server = mode;
  return mode;
}

/**
 * Every check msw would trip over, in the order it trips: reading storage can
 * throw (blocked third-party storage, opaque origins), and so can reading
 * `navigator.serviceWorker` even when `'serviceWorker' in navigator`.
 */
function serviceWorkerUsable(): boolean {
  try {
    const storage = window.localStorage;
    storage.getItem('wsgi-explained-probe');
    if (!window.isSecureContext) return false;
    return navigator.serviceWorker !== undefined && navigator.serviceWorker !== null;
  } catch {
    return false;
  }
}

async function tryServiceWorker(): Promise<boolean> {
  if (!serviceWorkerUsable()) return false;
  try {
    const [{ setupWorker }, { handlers }] = await Promise.all([
      import('msw/browser'),
      import('./handlers'),
    ]);
    await setupWorker(...handlers).start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return true;
  } catch (error) {
    console.info('Service Worker unavailable; answering in the page instead.', error);
    return false;
  }
}
