/**
 * msw request handlers for the simulated site. Imports msw, so load this
 * module only with a dynamic import() after storage was probed (see start.ts).
 */
import { http } from 'msw';
import { answerRequest, DEMO_ORIGIN } from './answer';

export const handlers = [
  http.all(`${DEMO_ORIGIN}/*`, ({ request }) => answerRequest(request)),
  http.all(DEMO_ORIGIN, ({ request }) => answerRequest(request)),
];
