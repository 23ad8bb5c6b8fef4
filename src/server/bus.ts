/**
 * A tiny publish/subscribe channel: every request the simulated server
 * answered, with the trace events it produced. The UI store subscribes.
 */
import type { HttpRequest, HttpResponse, TraceEvent } from '../sim/types';

export interface ServedRequest {
  request: HttpRequest;
  response: HttpResponse;
  events: TraceEvent[];
}

export type Listener = (served: ServedRequest) => void;

const listeners = new Set<Listener>();

/** Calls `listener` for every request answered from now on. Returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Tells every listener. A listener that throws is reported on the console and
 * does not stop the others, nor the response (the server must still answer).
 */
export function publish(served: ServedRequest): void {
  for (const listener of [...listeners]) {
    try {
      listener(served);
    } catch (error) {
      console.error('A server bus listener threw:', error);
    }
  }
}
