/**
 * runLab: the same seeded load through each lane, on the real engine.
 *
 * Open loop: the arrivals (times and requests) are generated once and played
 * in every lane. Closed loop: client i's requests are the same sequence in
 * every lane; each waits for the previous answer plus the think time.
 * Figures come from every recorded event (exact); frames sample the engine's
 * state every `frameMs` for drawing and stepping.
 */
import { totalCapacity } from '../sim/dispatch';
import { defaultProtocol } from '../sim/engine/defaultProtocol';
import { crashWorker } from '../sim/engine/pool';
import { createWorld, sendRequest } from '../sim/engine/runtime';
import type { World } from '../sim/engine/world';
import type { HttpRequest, TracePayload } from '../sim/types';
import { workerCapacity } from './lanes';
import {
  buildTemplates,
  clientRng,
  createPicker,
  openArrivals,
  template,
  type RequestTemplate,
} from './load';
import { computeFigures, FigureCounter } from './metrics';
import type { LabFault, LabFrame, LabOptions, LabRun, LaneRun, LaneSpec, LoadSpec } from './types';

const ORIGIN = 'https://demo.test';
/** How long a client whose request failed waits before its next one, at least. */
export const RETRY_BACKOFF_MS = 1000;

export const defaultLoad: LoadSpec = {
  clients: 100,
  mode: 'closed',
  ratePerSec: 200,
  thinkMs: 1000,
  durationMs: 60_000,
  mix: { static: 30, fast: 35, slow: 15, cpu: 10, upload: 5, slowClient: 5 },
  seed: 1,
};

interface PreparedLoad {
  spec: LoadSpec;
  pick: ReturnType<typeof createPicker>;
  arrivals: { at: number; tpl: RequestTemplate }[];
  requests: Map<RequestTemplate, HttpRequest>;
  extra: { at: number; tpl: RequestTemplate }[];
}

/** Out-of-range or non-numeric settings (from a form) clamped to what the lab can run. */
export function normalizeLoad(spec: LoadSpec): LoadSpec {
  return {
    ...spec,
    clients: clamp(spec.clients, 0, 1000),
    ratePerSec: num(spec.ratePerSec, 0, 5000, 0),
    thinkMs: num(spec.thinkMs, 0, 600_000, 1000),
    durationMs: num(spec.durationMs, 0, 600_000, 60_000),
    seed: Math.floor(num(spec.seed, -(2 ** 31), 2 ** 31, 1)),
  };
}

function num(x: number, lo: number, hi: number, fallback: number): number {
  const n = Number(x);
  return Number.isNaN(n) ? fallback : Math.min(hi, Math.max(lo, n));
}

export function runLab(
  input: LoadSpec,
  lanes: LaneSpec[],
  faults: LabFault[] = [],
  options: LabOptions = {},
): LabRun {
  const spec = normalizeLoad(input);
  const opts: LabOptions = {
    ...options,
    frameMs: num(options.frameMs ?? 100, 10, 60_000, 100),
    windowMs: num(options.windowMs ?? 1000, 10, 600_000, 1000),
    drainMs: num(options.drainMs ?? 60_000, 0, 600_000, 60_000),
  };
  const frameMs = opts.frameMs!;
  const pick = createPicker(spec.mix, buildTemplates());
  const load: PreparedLoad = {
    spec,
    pick,
    arrivals: spec.mode === 'open' ? openArrivals(spec, pick) : [],
    requests: new Map(),
    extra: (opts.extra ?? []).map((x) => ({
      at: num(x.at, 0, 600_000, 0),
      tpl: template(x.method, x.path, x.bodyBytes ?? 0, x.uploadMs ?? 0, x.downloadMs ?? 0),
    })),
  };
  return {
    frameMs,
    lanes: lanes.map((lane) =>
      runLane(
        lane,
        load,
        faults.filter((f) => f.lane === 'all' || f.lane === lane.id),
        opts,
      ),
    ),
  };
}

function runLane(
  lane: LaneSpec,
  load: PreparedLoad,
  faults: LabFault[],
  opts: LabOptions,
): LaneRun {
  const started = globalThis.performance?.now() ?? 0;
  const { spec } = load;
  const frameMs = opts.frameMs!;
  const lean = (opts.record ?? 'lean') === 'lean';
  const counter = new FigureCounter(opts.windowMs ?? 1000);
  const duration = spec.durationMs;
  const hardStop = duration + opts.drainMs!;
  // Nothing may stop the run before the last planned request or fault.
  const lastPlanned = Math.max(
    duration,
    ...faults.map((f) => num(f.at, 0, 600_000, 0)),
    ...load.extra.map((x) => x.at),
  );
  const clientOf = new Map<number, number>();
  const clients =
    spec.mode === 'closed'
      ? Array.from({ length: spec.clients }, (_, i) => clientRng(spec.seed, i))
      : [];
  let rid = 0;
  let sent = 0;
  let ok = 0;
  let failed = 0;
  let stopped = false;

  const onEvent = (t: number, id: number | null, e: TracePayload) => {
    if (lean) counter.addAt(t, id, e);
    if (e.type === 'client.send') sent++;
    else if (e.type === 'client.receive' || e.type === 'client.error') {
      const failure = e.type === 'client.error' || e.status >= 500;
      if (failure) failed++;
      else ok++;
      const c = clientOf.get(id!);
      if (c !== undefined) {
        clientOf.delete(id!);
        // A client whose request failed backs off before trying again; with no
        // think time it would otherwise resend in the same virtual instant forever.
        const next = w.now + (failure ? Math.max(spec.thinkMs, RETRY_BACKOFF_MS) : spec.thinkMs);
        if (next < duration) w.at(next, () => clientSends(c));
      }
    }
  };
  const w: World = createWorld(lane.site, spec.seed, defaultProtocol, {
    record: lean ? 'lean' : 'full',
    onEvent,
  });

  const send = (
    tpl: RequestTemplate,
    uploadMs = tpl.uploadMs,
    downloadMs = tpl.downloadMs,
  ): number => {
    let request = load.requests.get(tpl);
    if (!request) {
      request = {
        method: tpl.method,
        url: ORIGIN + tpl.path,
        headers: tpl.headers,
        body: tpl.body,
      };
      load.requests.set(tpl, request);
    }
    sendRequest(w, ++rid, request, { uploadMs, downloadMs, cacheKey: tpl.key });
    return rid;
  };
  const clientSends = (c: number) => {
    const id = rid + 1;
    clientOf.set(id, c);
    send(load.pick(clients[c]));
  };

  for (const a of load.arrivals) w.at(a.at, () => send(a.tpl));
  clients.forEach((rng, c) => w.at(rng.next() * spec.thinkMs, () => clientSends(c)));
  for (const f of faults) w.at(num(f.at, 0, 600_000, 0), () => injectFault(w, f, send));
  for (const x of load.extra) w.at(x.at, () => send(x.tpl));

  const frames: LabFrame[] = [];
  const frame = () => {
    let serving = 0;
    const workers: number[] = [];
    const pids: number[] = [];
    for (const p of w.workers) {
      if (!p.alive) continue;
      workers.push(p.active.size);
      pids.push(p.pid);
      serving += p.active.size;
    }
    const completed = ok + failed;
    const inFlight = sent - completed;
    const queued = w.backlog.length;
    let inWorker = 0;
    for (const p of w.workers) inWorker += p.waiting.length;
    frames.push({
      t: w.now,
      queued,
      inWorker,
      serving,
      proxy: Math.max(0, inFlight - queued - inWorker - serving),
      inFlight,
      ok,
      errors: failed,
      completed,
      sent,
      workers,
      pids,
      coresBusy: Math.max(1, w.site.cores) - w.coresFree,
    });
    if (
      (w.now >= lastPlanned && inFlight === 0) ||
      w.now + frameMs > Math.max(hardStop, lastPlanned + frameMs)
    )
      stopped = true;
    else w.at(w.now + frameMs, frame);
  };
  w.at(0, frame);
  w.run(() => stopped);

  const figures = lean ? counter.finish() : computeFigures(w.trace, opts.windowMs ?? 1000);
  const wallMs = (globalThis.performance?.now() ?? 0) - started;
  return { id: lane.id, figures, frames, workerCapacity: workerCapacity(lane.site), wallMs };
}

function injectFault(
  w: World,
  f: LabFault,
  send: (tpl: RequestTemplate, up?: number, down?: number) => number,
): void {
  switch (f.kind) {
    case 'crash-worker':
      crashWorker(w);
      return;
    case 'block-loop':
      send(template('GET', `/block?ms=${f.ms ?? 2000}`));
      return;
    case 'worker-timeout':
      send(template('GET', `/slow?ms=${f.ms ?? 45_000}`));
      return;
    case 'slow-client': {
      const ms = f.ms ?? 10_000;
      const tpl = template('POST', '/upload', 50 * 1024, ms, ms);
      for (let i = 0; i < clamp(f.count ?? 8, 0, 10_000); i++) send(tpl);
      return;
    }
    case 'overflow': {
      const capacity = totalCapacity(w.site.dispatch);
      const tpl = template('GET', '/hello/ada');
      const n = clamp(f.count ?? w.site.listener.backlog + capacity + 100, 0, 20_000);
      for (let i = 0; i < n; i++) send(tpl);
      return;
    }
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.floor(Number(x) || 0)));
}
