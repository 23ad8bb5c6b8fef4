/**
 * msw request handlers for the simulated site. Imports msw, so load this
 * module only with a dynamic import() after storage was probed (see start.ts).
 */
import { http } from 'msw';
import { answerRequest, type Routes } from './answer';

/**
 * Every URL on https://demo.test. A RegExp without capture groups, not a
 * `'https://demo.test/*'` pattern: msw decodes a pattern's wildcard with
 * decodeURIComponent, which throws on a malformed escape (`/%`, `/%zz`) and
 * turns the request into msw's own 500 before the simulated server sees it.
 */
const DEMO_URL = /^https:\/\/demo\.test(?:\/.*)?$/;

/** Handlers that hand every demo.test request to the session `routes` picks. */
export function createHandlers(routes: Routes) {
  return [http.all(DEMO_URL, ({ request }) => answerRequest(routes, request))];
}
