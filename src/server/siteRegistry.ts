/**
 * Holds the simulator that answers requests to https://demo.test. The UI calls
 * `setSite()` when the scene changes; until then the engine's default site runs.
 */
import { createSimulator, defaultSite } from '../sim/index';
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

/** The simulator answering requests now (created lazily from the default site). */
export function getSimulator(): ServerSimulator {
  current ??= createSimulator(defaultSite, LIVE_SEED);
  return current;
}

/** Starts a fresh simulator for `site`: later requests are answered by it. */
export function setSite(site: SiteConfig, seed: number = LIVE_SEED): ServerSimulator {
  current = createSimulator(site, seed);
  return current;
}

/** Puts any simulator in charge (tests use a fake one). */
export function setSimulator(simulator: ServerSimulator): void {
  current = simulator;
}
