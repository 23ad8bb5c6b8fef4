/** The answer when the simulation itself fails: a 500 that says so (the page never sees a throw). */
import type { HttpResponse } from '../sim/types';

export function engineError(error: unknown): HttpResponse {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const body = new TextEncoder().encode(
    'The explainer could not produce a response (a bug in the simulation, not in the ' +
      `simulated Python app).\n\n${detail}\n`,
  );
  return {
    status: 500,
    reason: 'Internal Server Error',
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Length', String(body.length)],
    ],
    body,
  };
}
