/**
 * Starts the simulated server once per page: msw's Service Worker where the
 * browser allows one, otherwise the in-page fetch wrapper. Either way it
 * marks `<html data-server="service-worker|in-page">` for tests and the UI.
 */
import type { Routes } from './answer';
import { installInPageFetch } from './inPage';

export type ServerMode = 'service-worker' | 'in-page';

/**
 * The page's one server, keyed by its router: a second call with the same
 * routes gets the same promise (React StrictMode runs effects twice; an embed
 * starts it from two timers). A WeakMap, not a flag, so tests can start
 * servers for several routers.
 */
const started = new WeakMap<Routes, Promise<ServerMode>>();

export function startServer(routes: Routes): Promise<ServerMode> {
  let promise = started.get(routes);
  if (!promise) {
    promise = start(routes);
    started.set(routes, promise);
  }
  return promise;
}

async function start(routes: Routes): Promise<ServerMode> {
  const mode: ServerMode = (await tryServiceWorker(routes)) ? 'service-worker' : 'in-page';
  if (mode === 'in-page') installInPageFetch(routes);
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

async function tryServiceWorker(routes: Routes): Promise<boolean> {
  if (!serviceWorkerUsable()) return false;
  try {
    const [{ setupWorker }, { createHandlers }] = await Promise.all([
      import('msw/browser'),
      import('./handlers'),
    ]);
    await setupWorker(...createHandlers(routes)).start({
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
