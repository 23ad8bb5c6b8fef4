import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../player/snapshot';
import { createPlayer } from '../../player/player';
import { newRequest } from '../../player/requestView';
import { fixtureEvents, indexOf } from './fixture';
import { layoutOf } from './layout';
import { runScenario, scenarios } from '../../sim/index';
import { capTokens, MAX_TOKENS, toneOf, visibleProcesses } from './placement';

function req(rid: number, extra: Partial<RequestView> = {}): RequestView {
  return { ...newRequest(rid, 0), path: '/', place: 'done', direction: 'out', ...extra };
}

describe('capTokens', () => {
  const many = Array.from({ length: 40 }, (_, i) => req(i + 1));

  it('draws up to MAX_TOKENS and counts the rest as +N', () => {
    const { items, more } = capTokens(many, null);
    expect(items).toHaveLength(MAX_TOKENS);
    expect(more).toBe(40 - MAX_TOKENS);
    expect(items[items.length - 1].rid).toBe(40);
  });

  it('always keeps the current request among the drawn ones', () => {
    const { items, more } = capTokens(many, 2);
    expect(items.map((r) => r.rid)).toContain(2);
    expect(items).toHaveLength(MAX_TOKENS);
    expect(more).toBe(40 - MAX_TOKENS);
  });
});

describe('toneOf', () => {
  const response = (status: number) => ({
    status,
    reason: '',
    headers: [],
    bodyBytes: 0,
    bodyPreview: '',
  });
  it('colours by status class, a connect timeout as an error', () => {
    expect(toneOf(req(1, { done: true, response: response(200) }))).toBe('ok');
    expect(toneOf(req(1, { done: true, response: response(404) }))).toBe('warn');
    expect(toneOf(req(1, { done: true, response: response(502) }))).toBe('err');
    expect(
      toneOf(
        req(1, { done: true, error: { code: 'network.connect_timeout', ms: 127_000, syns: 7 } }),
      ),
    ).toBe('err');
    expect(toneOf(req(1, { status: '200 OK' }))).toBe('ok');
    expect(toneOf(req(1, { place: 'queue', direction: 'in', done: false }))).toBe('none');
  });
});

describe('layoutOf and visibleProcesses', () => {
  it('reads the boxes from the trace', () => {
    const layout = layoutOf(createPlayer(fixtureEvents));
    expect(layout.web).toBe(true);
    expect(layout.proxies).toBe(true);
    expect(layout.backlog).toBe(2);
    expect(layout.model).toBe('prefork');
    expect(layout.wsgiName).toBe('gunicorn');
    expect(layout.layers).toEqual([{ index: 0, kind: 'gzip' }]);
    expect(layout.appName).toBe('flask');
  });

  it('keeps a crashed process on stage with its reason', () => {
    const player = createPlayer(fixtureEvents);
    const layout = layoutOf(player);
    const snap = player.at(indexOf('process.exit'));
    const pids = visibleProcesses(snap, layout).shown.map((s) => [s.proc.pid, s.proc.alive]);
    expect(pids).toEqual([
      [100, true],
      [101, true],
      [102, false],
    ]);
  });
});

describe('the app box', () => {
  it('names every app a dispatcher mounted, the root app first', async () => {
    const { runScenario, scenarios } = await import('../../sim/index');
    const scenario = scenarios.middleware;
    const layout = layoutOf(createPlayer(runScenario(scenario).events), scenario.site);
    expect(layout.appName.split(' · ')[0]).toBe(scenario.site.wsgi.app);
    expect(layout.appName).toContain('flask');
    const single = scenarios.wsgi;
    expect(layoutOf(createPlayer(runScenario(single).events), single.site).appName).toBe('flask');
  });
});

describe("layoutOf: the learner's layers", () => {
  it("names a layer of the learner's Python by its class (the onion said `python`)", () => {
    const sc = scenarios.python;
    const layout = layoutOf(createPlayer(runScenario(sc).events), sc.site);
    expect(layout.layers.map((l) => l.name ?? l.kind)).toEqual(['Latinator']);
    // From the trace alone (the name the harness recorded), without the site's config.
    const fromTrace = layoutOf(createPlayer(runScenario(sc).events));
    expect(fromTrace.layers.map((l) => l.name ?? l.kind)).toEqual(['Latinator']);
  });
});
