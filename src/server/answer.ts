/**
 * The one function both paths (Service Worker and in-page) call: a fetch
 * Request in, a Response out, from the session of the widget on this page.
 * Never throws.
 */
import type { HttpRequest, HttpResponse } from '../sim/types';
import { internalError, noSession, toFetchResponse, toHttpRequest } from './convert';

/** The simulated site's origin. `.test` never resolves, so nothing leaks to a real network. */
export const DEMO_ORIGIN = 'https://demo.test';

/** What answers a request: a widget's session (structural, so a fake fits in tests). */
export interface RequestTarget {
  send(request: HttpRequest): Promise<HttpResponse> | HttpResponse;
}

/** Which target answers now (a SessionRouter). */
export interface Routes {
  current(): RequestTarget | null;
}

export async function answerRequest(routes: Routes, request: Request): Promise<Response> {
  try {
    const target = routes.current();
    if (!target) return noSession();
    const httpRequest = await toHttpRequest(request);
    const response = await target.send(httpRequest);
    return toFetchResponse(response, httpRequest.method);
  } catch (error) {
    return internalError(error);
  }
}
