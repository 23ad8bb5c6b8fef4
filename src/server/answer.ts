/**
 * The one function both paths (Service Worker and in-page) call: a fetch
 * Request in, a Response out, from the current simulator. Never throws.
 */
import { publish } from './bus';
import { internalError, toFetchResponse, toHttpRequest } from './convert';
import { getSimulator } from './siteRegistry';

/** The simulated site's origin. `.test` never resolves, so nothing leaks to a real network. */
export const DEMO_ORIGIN = 'https://demo.test';

export async function answerRequest(request: Request): Promise<Response> {
  try {
    const httpRequest = await toHttpRequest(request);
    const { response, events } = await getSimulator().handle(httpRequest);
    // Published first: the trace is worth showing even if fetch() cannot carry the response.
    publish({ request: httpRequest, response, events });
    return toFetchResponse(response, httpRequest.method);
  } catch (error) {
    return internalError(error);
  }
}
