/**
 * The two ways to run the engine:
 * - `createSimulator(site, seed)`: live requests from the browser, one at a
 *   time, each injected at the simulator's current virtual time; processes,
 *   request counts and recycling persist across calls.
 * - `runScenario(scenario)`: a scripted scene, every request at its `at`.
 */
import { defaultProtocol } from './engine/defaultProtocol';
import { crashWorker } from './engine/pool';
import { engineError } from './engine/replies';
import { answer, createWorld, sendRequest } from './engine/runtime';
import type { ClientScript, Protocol, World } from './engine/world';
import { previewEnviron } from './engine/preview';
import type {
  Environ,
  HttpRequest,
  HttpResponse,
  Scenario,
  SiteConfig,
  Trace,
  TraceEvent,
} from './types';

export interface HandleOptions {
  goneAfterChunks?: number;
  uploadMs?: number;
  downloadMs?: number;
}

export interface Simulator {
  site: SiteConfig;
  handle(
    request: HttpRequest,
    opts?: HandleOptions,
  ): { response: HttpResponse; events: TraceEvent[] };
  now(): number;
}

export function createSimulator(
  site: SiteConfig,
  seed: number,
  protocol: Protocol = defaultProtocol,
): Simulator {
  const w = createWorld(site, seed, protocol);
  let rid = 0;
  return {
    site,
    now: () => w.now,
    handle(request, opts = {}) {
      rid++;
      const req = sendRequest(w, rid, request, clientScript(opts));
      w.run(() => req.answered);
      if (!req.answered) answer(w, req, engineError('the request never completed'));
      // Each call returns every event since the previous call (the first includes start-up).
      const response = w.responses.get(rid)!;
      return { response, events: forget(w) };
    },
  };
}

/**
 * A scene's machine that keeps running after its script: the scripted
 * requests (and faults) are played first, then every `handle()` sends a live
 * request into the same world at its current virtual time, served by the
 * scene's own processes. Request ids and `seq` continue the scene's.
 */
export interface SceneWorld {
  /** The scene's trace: every event of the scripted part. */
  readonly trace: Trace;
  handle(
    request: HttpRequest,
    opts?: HandleOptions,
  ): { rid: number; response: HttpResponse; events: TraceEvent[] };
  /**
   * Requests that arrive together (fetch() calls sent at once): all are sent at
   * the world's current virtual time, in order, and are in flight together.
   * Responses in the same order; the events of all of them.
   */
  handleAll(requests: readonly HttpRequest[]): {
    responses: HttpResponse[];
    events: TraceEvent[];
  };
  now(): number;
  /**
   * The environ the WSGI server will build for `request` if it is the next one
   * `handle()` sends (nothing drawn, nothing sent): the "Your own Python" scene
   * runs the learner's code on it first.
   */
  previewEnviron(request: HttpRequest): Environ;
}

export function startScenario(
  scenario: Scenario,
  protocol: Protocol = defaultProtocol,
): SceneWorld {
  const w = createWorld(scenario.site, scenario.seed, protocol);
  const origin = 'https://demo.test';
  scenario.requests.forEach((r, i) => {
    const rid = i + 1;
    const body = new TextEncoder().encode(r.body ?? '');
    const request: HttpRequest = {
      method: r.method,
      url: origin + r.path,
      headers: r.headers ?? [['Host', 'demo.test']],
      body,
    };
    w.at(
      r.at,
      () => {
        sendRequest(w, rid, request, clientScript(r));
      },
      rid,
    );
  });
  for (const f of scenario.faults ?? []) w.at(f.at, () => crashWorker(w, f.pid));
  w.run();
  // A safety net: no request leaves without an answer.
  for (const req of w.reqs.values())
    if (!req.answered) answer(w, req, engineError('the request never completed'));
  const trace = toTrace(w, scenario.id);
  // From here on the world only keeps what is still in flight: the trace and the
  // answered requests belong to the caller (a long session must not grow).
  forget(w);
  let rid = scenario.requests.length;
  return {
    trace,
    now: () => w.now,
    previewEnviron: (request) => previewEnviron(w, rid + 1, request),
    handle(request, opts = {}) {
      rid++;
      const req = sendRequest(w, rid, request, clientScript(opts));
      // Until the machine is idle again: a forked child's exit, a worker's recycling
      // and the like belong to this request, not to the next one.
      w.run();
      if (!req.answered) answer(w, req, engineError('the request never completed'));
      const response = w.responses.get(req.rid)!;
      const events = forget(w);
      return { rid: req.rid, response, events };
    },
    handleAll(requests) {
      const sent = requests.map((request) => sendRequest(w, ++rid, request, clientScript({})));
      w.run();
      for (const req of sent)
        if (!req.answered) answer(w, req, engineError('the request never completed'));
      const responses = sent.map((req) => w.responses.get(req.rid)!);
      return { responses, events: forget(w) };
    },
  };
}

/** How the client behaves: a slow upload or download, or leaving after some chunks. */
function clientScript(o: HandleOptions): ClientScript {
  return {
    uploadMs: o.uploadMs ?? 0,
    downloadMs: o.downloadMs ?? 0,
    goneAfterChunks: o.goneAfterChunks,
  };
}

/** Hands out the trace so far and drops answered requests; `seq` keeps counting. */
function forget(w: World): TraceEvent[] {
  const events = w.trace.splice(0);
  w.seqBase += events.length;
  for (const [id, r] of w.reqs)
    if (r.answered) {
      w.reqs.delete(id);
      w.responses.delete(id);
    }
  return events;
}

export function runScenario(scenario: Scenario, protocol: Protocol = defaultProtocol): Trace {
  return startScenario(scenario, protocol).trace;
}

function toTrace(w: World, scenario: Trace['scenario']): Trace {
  const responses = [...w.responses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rid, response]) => ({ rid, response }));
  return { scenario, events: [...w.trace], responses };
}
