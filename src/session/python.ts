/**
 * The "Your own Python" scene's part of a session: the `PythonHost` the
 * editor panel drives, and the way a live request reaches the learner's code.
 *
 * The engine is synchronous, CPython asynchronous. So a request is first
 * previewed (the environ the simulated server will build), run in CPython
 * (which records what the code did), and only then sent into the world,
 * where the recorded app replays it as real WSGI calls. Requests take turns,
 * so each preview is the environ of the very request the world serves next.
 * Before the first successful Run the world answers 503 ("press Run"): the
 * learner's code has not run, and replaying the default example instead
 * would show an answer their code did not give.
 */
import type { PythonHost, PythonStatus, RunOptions, RunResult } from '../python/contract';
import type { PythonBridge } from '../python/bridge';
import type { SceneWorld } from '../sim/simulator';
import type { Recording } from '../sim/apps/recording';
import type { HttpRequest, HttpResponse, Scenario } from '../sim/types';
import type { Engine } from './engine';

interface Slot {
  /** The script has been played: requests from now on are live. */
  live: boolean;
  next: Recording | null;
}

export interface PythonSide {
  readonly host: PythonHost;
  /** A world for the scene: its script replays the committed recordings, live requests CPython's. */
  start(engine: Engine, scenario: Scenario): SceneWorld;
  /** A live request: through CPython first (once code runs), then `handle` sends it into `world`. */
  send(
    world: SceneWorld,
    request: HttpRequest,
    handle: (request: HttpRequest) => Promise<HttpResponse>,
  ): Promise<HttpResponse>;
  dispose(): void;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

export function createPythonSide(
  loadBridge: () => Promise<PythonBridge> = () =>
    import('../python/host').then((m) => m.createBridge()),
): PythonSide {
  const slots = new WeakMap<SceneWorld, Slot>();
  const listeners = new Set<() => void>();
  let bridge: PythonBridge | null = null;
  let bridgeLoading: Promise<PythonBridge> | null = null;
  let turn: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const notify = () => {
    if (typeof document !== 'undefined') document.documentElement.dataset.python = host.status();
    for (const l of [...listeners]) l();
  };

  const getBridge = () =>
    (bridgeLoading ??= loadBridge().then((b) => {
      bridge = b;
      b.subscribe(notify);
      return b;
    }));

  const host: PythonHost = {
    status: (): PythonStatus => bridge?.status() ?? (bridgeLoading ? 'loading' : 'idle'),
    progress: () => bridge?.progress() ?? null,
    lastError: () => bridge?.lastError() ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async run(code: string, options: RunOptions): Promise<RunResult> {
      const pending = getBridge();
      notify();
      const b = await pending;
      const result = await b.run(code, options);
      notify();
      return result;
    },
  };

  notify();
  return {
    host,
    start(engine, scenario) {
      const slot: Slot = { live: false, next: null };
      const protocol = engine.recordedProtocol((environ) => {
        if (!slot.live) return engine.scriptRecording(environ);
        const rec = slot.next;
        slot.next = null;
        return rec;
      });
      const world = engine.startScenario(scenario, protocol);
      slot.live = true;
      slots.set(world, slot);
      return world;
    },
    send(world, request, handle) {
      const mine = turn.then(async () => {
        const slot = slots.get(world);
        if (slot && bridge?.hasCode() && !disposed) {
          const recording = await bridge.serve({
            environ: world.previewEnviron(request),
            body: latin1(request.body),
          });
          slot.next = recording;
        }
        return handle(request);
      });
      turn = mine.catch(() => undefined);
      return mine;
    },
    dispose() {
      disposed = true;
      bridge?.dispose();
      listeners.clear();
    },
  };
}
