/** The one place a request is answered: exactly once, to the client. */
import type { HttpResponse } from '../types';
import { preview } from './replies';
import type { Req, World } from './world';

/** Exactly one answer per request: client.receive, or client.error for a network error. */
export function answer(w: World, req: Req, response: HttpResponse): void {
  if (req.answered) return;
  req.answered = true;
  if (req.timer) w.queue.cancel(req.timer);
  const actor = `client:${req.rid}`;
  if (response.networkError !== undefined)
    w.emit(req.rid, { type: 'client.error', actor, note: response.networkError });
  else
    w.emit(req.rid, {
      type: 'client.receive',
      actor,
      status: response.status,
      reason: response.reason,
      headers: response.headers,
      bodyBytes: response.body.length,
      // Lean runs keep no preview and no response: a long lab run must not grow with every request.
      bodyPreview: w.lean ? '' : preview(response.body),
    });
  if (w.lean) w.reqs.delete(req.rid);
  else w.responses.set(req.rid, response);
}
