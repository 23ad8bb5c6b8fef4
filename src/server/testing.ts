/** Helpers for the server's unit tests: fake simulators and canned responses. */
import type { HttpRequest, HttpResponse, SiteConfig } from '../sim/types';
import type { HandleResult, ServerSimulator } from './siteRegistry';

const encoder = new TextEncoder();

export function textResponse(
  status: number,
  reason: string,
  text: string,
  headers: [string, string][] = [],
): HttpResponse {
  return { status, reason, headers, body: encoder.encode(text) };
}

/** A simulator whose answer is computed by `handle`; it records every request it saw. */
export function fakeSimulator(
  handle: (request: HttpRequest) => HandleResult,
): ServerSimulator & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  return {
    seen,
    site: {} as SiteConfig,
    now: () => 0,
    handle(request) {
      seen.push(request);
      return handle(request);
    },
  };
}
