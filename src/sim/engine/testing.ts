/** Helpers for the engine's tests: run a small script against a site with the fake protocol. */
import { runScenario } from '../simulator';
import { siteWith, type SiteChanges } from '../scenarios/site';
import type { Fault, ScriptedRequest, Trace, TraceEvent } from '../types';
import { fakeProtocol } from './fakeProtocol';

export function play(
  changes: SiteChanges,
  requests: Partial<ScriptedRequest>[],
  faults: Fault[] = [],
  seed = 7,
): Trace {
  const site = siteWith({ cores: 2, ...changes, web: { mode: 'embedded', ...changes.web } });
  const reqs = requests.map((r) => ({ at: 0, method: 'GET', path: '/', ...r }));
  return runScenario({ id: 'load-lab', site, seed, requests: reqs, faults }, fakeProtocol);
}

/** The client's answer event for a request. */
export function answerOf(trace: Trace, rid: number): TraceEvent {
  const ev = trace.events.find(
    (e) => e.rid === rid && (e.type === 'client.receive' || e.type === 'client.error'),
  );
  if (!ev) throw new Error(`request ${rid} has no answer`);
  return ev;
}

export function statusOf(trace: Trace, rid: number): number {
  return trace.responses.find((r) => r.rid === rid)!.response.status;
}

export function ofType<T extends TraceEvent['type']>(
  trace: Trace,
  type: T,
): Extract<TraceEvent, { type: T }>[] {
  return trace.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}
