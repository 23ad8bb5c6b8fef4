/**
 * The in-page path, for pages without a usable Service Worker (sandboxed or
 * cross-site iframes, private windows): wraps `fetch` so requests to the
 * simulated site are answered right here, by the same code msw would call.
 * Does not import msw: msw throws at load where storage is blocked.
 */
import { answerRequest, DEMO_ORIGIN, type Routes } from './answer';

type Fetch = typeof fetch;

/** Where a fetch() call is going, without consuming anything. */
function targetUrl(input: RequestInfo | URL, base: string): URL | null {
  try {
    if (input instanceof Request) return new URL(input.url);
    return new URL(String(input), base);
  } catch {
    return null;
  }
}

/**
 * Returns a fetch that answers `https://demo.test` requests with the simulator
 * and passes everything else to `original`. A simulated network error rejects
 * with a TypeError, as the browser's fetch does.
 */
export function createInPageFetch(original: Fetch, base: string, routes: Routes): Fetch {
  return async (input, init) => {
    const url = targetUrl(input, base);
    if (url === null || url.origin !== DEMO_ORIGIN) return original(input, init);
    const response = await answerRequest(routes, new Request(input, init));
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

/** Replaces `window.fetch` (startServer calls it once per page). */
export function installInPageFetch(routes: Routes): void {
  window.fetch = createInPageFetch(window.fetch.bind(window), window.location.href, routes);
}
