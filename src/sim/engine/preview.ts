/**
 * The environ the WSGI server will build for the next request a world is
 * sent, computed before it is sent (and without drawing from the world's
 * random streams). The "Your own Python" scene hands it to CPython first,
 * then replays what CPython did when the simulated server calls the app:
 * the environ the learner's code saw is the one the trace shows.
 */
import type { Environ, HttpRequest } from '../types';
import { buildEnviron, snapshotEnviron } from '../wsgi/environ';
import { wsgiRequest } from './runtime';
import type { World } from './world';

export function previewEnviron(w: World, rid: number, request: HttpRequest): Environ {
  const threads = w.workers[0]?.threads ?? w.strategy.threadsPerProcess(w.site.dispatch);
  const { request: seen, conn } = wsgiRequest(w, rid, request, {
    threads,
    actor: 'preview',
    remotePort: 32768 + w.rng.ports.clone().int(28000),
  });
  return snapshotEnviron(buildEnviron(seen, conn, w.site.wsgi.server));
}
