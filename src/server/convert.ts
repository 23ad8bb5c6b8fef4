/**
 * Converts between the browser's fetch `Request`/`Response` and the engine's
 * plain `HttpRequest`/`HttpResponse`. No msw here: the in-page path uses this
 * module where msw cannot even be imported (storage blocked).
 */
import type { HeaderList, HttpRequest, HttpResponse } from '../sim/types';

/** Statuses whose responses have no body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Reads a fetch Request into the engine's HttpRequest (absolute URL, header pairs, body bytes). */
export async function toHttpRequest(request: Request): Promise<HttpRequest> {
  const headers: HeaderList = [];
  request.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  // The browser adds Host on the wire, but fetch never shows it; HTTP/1.1 requires it.
  if (!request.headers.has('host')) headers.unshift(['host', new URL(request.url).host]);
  // A browser always sends Accept-Encoding on the wire, but a fetch() answered in the page
  // (msw, or the in-page path) never shows it: add the browser's default so a gzip layer sees it.
  if (!request.headers.has('accept-encoding'))
    headers.push(['accept-encoding', 'gzip, deflate, br, zstd']);
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? new Uint8Array(0)
      : new Uint8Array(await request.arrayBuffer());
  return { method: request.method, url: request.url, headers, body };
}

/**
 * Builds a real Response from the engine's HttpResponse. A `networkError`
 * becomes `Response.error()`, so the page's fetch() rejects as on a real
 * network. Throws (RangeError/TypeError) only for a status fetch cannot carry;
 * callers turn that into a 500 (see `answer.ts`).
 */
export function toFetchResponse(response: HttpResponse, method: string): Response {
  if (response.networkError !== undefined) return Response.error();
  if (response.status < 200 || response.status > 599) {
    throw new RangeError(
      `status ${response.status} cannot be delivered to fetch() (it only carries 200–599)`,
    );
  }
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    try {
      headers.append(name, value);
    } catch {
      // A header the Fetch API refuses (invalid name or value) is dropped, not fatal.
    }
  }
  const noBody = method === 'HEAD' || NULL_BODY_STATUSES.has(response.status);
  const body = noBody ? null : copyBytes(response.body);
  try {
    return new Response(body, { status: response.status, statusText: response.reason, headers });
  } catch {
    // A reason phrase fetch refuses (e.g. non-Latin-1 text): keep the status, drop the phrase.
    return new Response(body, { status: response.status, headers });
  }
}

/** A copy backed by its own ArrayBuffer (a view into a larger buffer would leak the rest). */
function copyBytes(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** The answer when the explainer itself fails: says so plainly, as text. */
export function internalError(error: unknown): Response {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Response(
    'The explainer could not produce a response (a bug in the simulation, not in the ' +
      `simulated Python app).\n\n${detail}\n`,
    {
      status: 500,
      statusText: 'Internal Server Error',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
}

/** No widget on this page runs a session (it was closed, or the page has none yet). */
export function noSession(): Response {
  return new Response('No explainer on this page is running a simulated server right now.\n', {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' },
  });
}
