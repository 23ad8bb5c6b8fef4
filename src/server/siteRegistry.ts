/**
 * Holds the simulator that answers requests to https://demo.test. The UI calls
 * `setSite()` when the scene changes; until then the engine's default site runs.
 */
import { defaultSite } from '../sim/scenarios/site';
import type { HttpRequest, HttpResponse, SiteConfig, TraceEvent } from '../sim/types';

/** What the server needs from the engine's simulator (structural, so a fake fits). */
export interface ServerSimulator {
  site: SiteConfig;
  handle(request: HttpRequest): HandleResult | Promise<HandleResult>;
  now(): number;
}

export interface HandleResult {
  response: HttpResponse;
  events: TraceEvent[];
}

/** Live requests are not replays of a scene: one fixed seed keeps them reproducible. */
export const LIVE_SEED = 1;

let current: ServerSimulator | undefined;

/**
 * A simulator for `site` whose engine is loaded on its first request (the
 * engine stays out of the first frame). Requests that arrive while it loads
 * wait for the same import, in order.
 */
function lazySimulator(site: SiteConfig, seed: number): ServerSimulator {
  type Real = ReturnType<(typeof import('../sim/index'))['createSimulator']>;
  let real: Real | undefined;
  let loading: Promise<Real> | undefined;
  const load = () =>
    (loading ??= import('../sim/index').then(
      (engine) => (real ??= engine.createSimulator(site, seed)),
    ));
  return {
    site,
    handle: (request) => (real ? real.handle(request) : load().then((sim) => sim.handle(request))),
    now: () => real?.now() ?? 0,
  };
}

/** The simulator answering requests now (the default site until a scene sets one). */
export function getSimulator(): ServerSimulator {
  current ??= lazySimulator(defaultSite, LIVE_SEED);
  return current;
}

/** Starts a fresh simulator for `site`: later requests are answered by it. */
export function setSite(site: SiteConfig, seed: number = LIVE_SEED): ServerSimulator {
  current = lazySimulator(site, seed);
  return current;
}

/** Puts any simulator in charge (tests use a fake one). */
export function setSimulator(simulator: ServerSimulator): void {
  current = simulator;
}
