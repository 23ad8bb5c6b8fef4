/**
 * A request's life: client → (proxy →) listener → worker → (proxy →) client.
 *
 * proxy mode: the front door runs at the proxy; static answers leave from
 * there; dynamic requests are forwarded to the WSGI server's socket. A
 * buffering proxy absorbs slow uploads and downloads, so the worker is freed
 * quickly. embedded mode: the client connects straight to the listener and
 * the worker that accepts runs the HTTP layer, then the WSGI server.
 */
import type { ConnectionInfo, Step } from '../steps';
import type { HttpRequest, HttpResponse } from '../types';
import { droppedByNginx } from '../http/parse';
import { answer } from './answer';
import { dial } from './handshake';
import { boot, taskFinished, tryAccept } from './pool';
import { proxyFront } from './proxy';
import { engineError, networkError, proxyError, viaProxy } from './replies';
import { leanSteps } from './lean';
import {
  World,
  type CachedRun,
  type ClientScript,
  type Hooks,
  type Proc,
  type Protocol,
  type Req,
  type Task,
  type WorldOptions,
} from './world';

export { answer };

export function createWorld(
  site: World['site'],
  seed: number,
  protocol: Protocol,
  opts: WorldOptions = {},
): World {
  const w = new World(site, seed, protocol, hooks, opts);
  w.onInternalError = (rid, message) => {
    const req = w.reqs.get(rid);
    if (req) answer(w, req, engineError(message));
  };
  boot(w);
  return w;
}

const hooks: Hooks = {
  makeTask,
  loopFree: (w) => tryAccept(w),
  taskDone(w, task) {
    taskFinished(w, task);
    const req = task.req;
    const upstream = task.clientGone
      ? networkError({ code: 'network.client_closed' })
      : task.response;
    if (w.site.web.mode === 'embedded' || task.clientGone) {
      answer(w, req, upstream);
      return;
    }
    if (req.answered) return; // the proxy already gave up (504) and closed the upstream connection
    if (upstream.networkError !== undefined) {
      // The upstream closed without answering (uWSGI after an exception): nginx's 502.
      w.emit(req.rid, {
        type: 'proxy.upstream_error',
        actor: 'proxy',
        status: 502,
        note: { code: 'upstream.empty_reply' },
      });
      answer(w, req, proxyError(502, w.site.web.name));
      return;
    }
    const response = viaProxy(upstream, w.site.web.name);
    if (w.site.web.buffering) {
      w.emit(req.rid, {
        type: 'proxy.buffer',
        actor: 'proxy',
        bytes: response.body.length,
        body: 'response',
      });
      w.at(w.now + req.script.downloadMs, () => answer(w, req, response), req.rid);
    } else answer(w, req, response);
  },
  taskFailed(w, req, pid, reason) {
    if (w.site.web.mode === 'embedded') {
      answer(w, req, networkError({ code: 'network.reset', pid: pid, fate: reason }));
      return;
    }
    if (req.answered) return;
    w.emit(req.rid, {
      type: 'proxy.upstream_error',
      actor: 'proxy',
      status: 502,
      note: { code: 'upstream.closed', pid: pid, fate: reason },
    });
    answer(w, req, proxyError(502, w.site.web.name));
  },
};

/** A client sends a request now. */
export function sendRequest(
  w: World,
  rid: number,
  request: HttpRequest,
  script: ClientScript,
): Req {
  const req: Req = { rid, request, script, answered: false, timer: null };
  w.reqs.set(rid, req);
  w.emit(rid, {
    type: 'client.send',
    actor: `client:${rid}`,
    method: request.method,
    url: request.url,
    headers: request.headers,
    bodyBytes: request.body.length,
  });
  try {
    if (w.site.web.mode === 'embedded') {
      // The client's own kernel retries dropped SYNs and gives up after 127 s.
      dial(w, req, {
        timeoutMs: 0,
        onConnected: () => {},
        onTimeout: (ms, syns) =>
          answer(w, req, networkError({ code: 'network.connect_timeout', ms, syns })),
      });
    } else if (script.uploadMs > 0 && w.site.web.buffering) {
      // nginx reads the whole request body before it talks to the upstream.
      w.at(
        w.now + script.uploadMs,
        () => {
          w.emit(rid, {
            type: 'proxy.buffer',
            actor: 'proxy',
            bytes: request.body.length,
            body: 'request',
          });
          proxyFront(w, req);
        },
        rid,
      );
    } else proxyFront(w, req);
  } catch (err) {
    w.internalError(rid, err);
  }
  return req;
}

function makeTask(w: World, req: Req, proc: Proc, tid: number, actor: string): Task {
  const { steps, response, clientGone } = buildSteps(w, req, proc, actor);
  return {
    req,
    proc,
    tid,
    actor,
    steps,
    i: 0,
    cpuStarted: false,
    cpuLeft: 0,
    cpuEvent: null,
    holdsRunner: false,
    holdsCore: false,
    cancelled: false,
    done: false,
    response,
    clientGone,
  };
}

function buildSteps(w: World, req: Req, proc: Proc, actor: string): CachedRun {
  const { web } = w.site;
  const absorbed = web.mode !== 'embedded' && web.buffering;
  const { uploadMs, downloadMs, cacheKey } = req.script;
  let run: CachedRun;
  if (w.lean && cacheKey !== undefined) {
    const hit = w.stepCache.get(cacheKey);
    // A hit skips the REMOTE_PORT draw a real run makes: only the ports stream (which lean
    // runs never show) drifts from a full run; pids and memory come from streams of their own.
    if (hit) run = hit;
    else {
      const fresh = protocolSteps(w, req, proc, actor);
      run = { ...fresh, steps: leanSteps(fresh.steps) };
      w.stepCache.set(cacheKey, run);
    }
  } else run = protocolSteps(w, req, proc, actor);
  if ((uploadMs > 0 || downloadMs > 0) && !absorbed) {
    const steps: Step[] = [];
    if (uploadMs > 0)
      steps.push({
        kind: 'io',
        ms: uploadMs,
        work: { code: 'work.slow_upload' },
        blocking: false,
      });
    steps.push(...run.steps);
    if (downloadMs > 0)
      steps.push({
        kind: 'io',
        ms: downloadMs,
        work: { code: 'work.slow_download' },
        blocking: false,
      });
    return { ...run, steps };
  }
  return run;
}

/** The HTTP layer (embedded) and the WSGI server for one request, as steps. */
function protocolSteps(w: World, req: Req, proc: Proc, actor: string): CachedRun {
  const { web } = w.site;
  const embedded = web.mode === 'embedded';
  const steps: Step[] = [];
  let response: HttpResponse;
  try {
    if (embedded) {
      const front = w.protocol.frontDoor(web, req.request, actor);
      steps.push(...front.steps);
      if (front.kind === 'respond') response = front.response;
      else response = runWsgi(w, req, proc, actor, steps);
    } else response = runWsgi(w, req, proc, actor, steps);
  } catch (err) {
    response = engineError(err instanceof Error ? err.message : String(err));
  }
  const clientGone = steps.some((s) => s.kind === 'event' && s.payload.type === 'client.gone');
  return { steps, response, clientGone, respond: false };
}

function runWsgi(w: World, req: Req, proc: Proc, actor: string, steps: Step[]): HttpResponse {
  const { request, conn } = wsgiRequest(w, req.rid, req.request, {
    threads: proc.threads,
    actor,
    remotePort: 32768 + w.rng.ports.int(28000),
    goneAfterChunks: req.script.goneAfterChunks,
  });
  const run = w.protocol.serveWsgi(w.site.wsgi, request, conn);
  steps.push(...run.steps);
  return run.response;
}

/**
 * What the WSGI server reads for request `rid`: the request (behind a proxy, the
 * proxy's request) and the connection it arrives on. One function for the run
 * and for `previewEnviron` (src/sim/engine/preview.ts), so both build the same environ.
 */
export function wsgiRequest(
  w: World,
  rid: number,
  original: HttpRequest,
  at: { threads: number; actor: string; remotePort: number; goneAfterChunks?: number },
): { request: HttpRequest; conn: ConnectionInfo } {
  const url = new URL(original.url);
  const https = url.protocol === 'https:';
  const embedded = w.site.web.mode === 'embedded';
  const clientAddr = `203.0.113.${(rid % 250) + 2}`;
  // Behind nginx (1.27.3, as webServerToken names it) the WSGI server reads
  // nginx's request: HTTP/1.0 with `Connection: close` (proxy_http_version's
  // default until 1.29.6), without the headers nginx drops or the client's
  // hop-by-hop Connection; and its SERVER_NAME/SERVER_PORT come from its own
  // bound socket (127.0.0.1:8000), not from Host.
  const request = embedded
    ? original
    : {
        ...original,
        headers: original.headers.filter(
          ([n]) => !droppedByNginx(n) && n.toLowerCase() !== 'connection',
        ),
      };
  const conn: ConnectionInfo = {
    remoteAddr: embedded ? clientAddr : '127.0.0.1',
    remotePort: at.remotePort,
    serverName: embedded ? url.hostname : '127.0.0.1',
    serverPort: embedded ? (url.port ? Number(url.port) : https ? 443 : 80) : w.site.listener.port,
    protocol: embedded ? 'HTTP/1.1' : 'HTTP/1.0',
    urlScheme: https ? 'https' : 'http',
    actor: at.actor,
    ...w.strategy.environ(w.site.dispatch, at.threads),
    goneAfterChunks: at.goneAfterChunks,
    forwardedHeaders: embedded
      ? undefined
      : [
          ['X-Forwarded-For', clientAddr],
          ['X-Forwarded-Proto', https ? 'https' : 'http'],
          ['X-Forwarded-Host', url.host],
          ['Connection', 'close'],
        ],
  };
  return { request, conn };
}
