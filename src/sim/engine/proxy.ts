/**
 * The reverse proxy's side of a request: its front door (static files, limits),
 * then the upstream connection (proxy_connect_timeout while the handshake
 * waits on a full listen queue) and proxy_read_timeout once it is open.
 */
import type { Step } from '../steps';
import type { HttpResponse } from '../types';
import { answer } from './answer';
import { dial } from './handshake';
import { leanSteps } from './lean';
import { proxyError } from './replies';
import type { Req, World } from './world';

/** proxy_read_timeout: from the open upstream connection to the answer (queued or served). */
function readTimeout(w: World, req: Req): void {
  const web = w.site.web;
  if (web.upstreamTimeoutMs <= 0 || req.answered) return;
  req.timer = w.at(
    w.now + web.upstreamTimeoutMs,
    () => {
      if (req.answered) return;
      w.emit(req.rid, {
        type: 'proxy.upstream_error',
        actor: 'proxy',
        status: 504,
        note: { code: 'upstream.timeout', ms: web.upstreamTimeoutMs },
      });
      answer(w, req, proxyError(504, web.name));
    },
    req.rid,
  );
}

export function proxyFront(w: World, req: Req): void {
  const outcome = frontDoorAtProxy(w, req);
  playAtProxy(w, req, outcome.steps, 0, () => {
    if (outcome.kind === 'respond') {
      w.at(w.now + req.script.downloadMs, () => answer(w, req, outcome.response!), req.rid);
      return;
    }
    const web = w.site.web;
    w.emit(req.rid, {
      type: 'proxy.forward',
      actor: 'proxy',
      upstream: `127.0.0.1:${w.site.listener.port}`,
    });
    const upstream = `127.0.0.1:${w.site.listener.port}`;
    dial(w, req, {
      // proxy_connect_timeout: while the upstream's listen queue is full its SYNs are dropped.
      timeoutMs: web.connectTimeoutMs,
      onConnected: () => readTimeout(w, req),
      onTimeout: (ms, syns) => {
        w.emit(req.rid, {
          type: 'proxy.upstream_error',
          actor: 'proxy',
          status: 504,
          note: { code: 'upstream.connect_timeout', upstream, ms, syns },
        });
        answer(w, req, proxyError(504, web.name));
      },
    });
  });
}

function frontDoorAtProxy(
  w: World,
  req: Req,
): { kind: 'respond' | 'dynamic'; steps: Step[]; response?: HttpResponse } {
  const key = req.script.cacheKey;
  if (!w.lean || key === undefined) return w.protocol.frontDoor(w.site.web, req.request, 'proxy');
  let hit = w.frontCache.get(key);
  if (!hit) {
    const outcome = w.protocol.frontDoor(w.site.web, req.request, 'proxy');
    const response = outcome.kind === 'respond' ? outcome.response : (undefined as never);
    hit = {
      steps: leanSteps(outcome.steps),
      response,
      clientGone: false,
      respond: outcome.kind === 'respond',
    };
    w.frontCache.set(key, hit);
  }
  return { kind: hit.respond ? 'respond' : 'dynamic', steps: hit.steps, response: hit.response };
}

/** The proxy is an event loop of its own: its steps just take their time. */
function playAtProxy(w: World, req: Req, steps: Step[], i: number, done: () => void): void {
  while (i < steps.length) {
    const step = steps[i++];
    if (step.kind === 'event') w.emit(req.rid, step.payload);
    else if (step.ms > 0) {
      w.at(w.now + step.ms, () => playAtProxy(w, req, steps, i, done), req.rid);
      return;
    }
  }
  done();
}
