/**
 * The protocol layer of a world that serves the learner's own Python: the
 * usual front door and WSGI server, with the recorded app (apps/recorded.ts)
 * fed by `find` (the recording the page made in CPython for this request).
 */
import type { Protocol } from '../engine/world';
import { frontDoor } from '../http';
import { recordedApp } from '../apps/recorded';
import type { Recording } from '../apps/recording';
import type { WsgiConfig } from '../types';
import { serveApp } from './server';
import { buildStack, stackName } from './stack';
import type { WsgiEnviron } from './types';

/** The learner's layer names, outermost first, from the site's middleware. */
export function pythonLayers(wsgi: WsgiConfig): string[] {
  return wsgi.middleware.flatMap((m) => (m.kind === 'python' ? [m.name] : []));
}

export function recordedProtocol(find: (environ: WsgiEnviron) => Recording | null): Protocol {
  return {
    frontDoor,
    serveWsgi: (wsgi, request, conn) =>
      serveApp(
        () => buildStack(wsgi, recordedApp(find, pythonLayers(wsgi))),
        stackName(wsgi),
        wsgi.server,
        request,
        conn,
      ),
  };
}
