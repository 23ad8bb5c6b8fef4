/** Helpers for the server's unit tests: fake sessions and canned responses. */
import type { HttpRequest, HttpResponse } from '../sim/types';
import type { Routes } from './answer';

const encoder = new TextEncoder();

export function textResponse(
  status: number,
  reason: string,
  text: string,
  headers: [string, string][] = [],
): HttpResponse {
  return { status, reason, headers, body: encoder.encode(text) };
}

/** Routes to one fake session whose answer is computed by `handle`; it records every request it saw. */
export function fakeSession(
  handle: (request: HttpRequest) => HttpResponse,
): Routes & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const target = {
    send(request: HttpRequest) {
      seen.push(request);
      return handle(request);
    },
  };
  return { seen, current: () => target };
}
