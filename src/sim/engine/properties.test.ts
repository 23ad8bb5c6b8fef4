import { describe, expect, it } from 'vitest';
import { createSimulator, runScenario } from '../simulator';
import { siteWith } from '../scenarios/site';
import { createRng } from './rng';
import { fakeProtocol } from './fakeProtocol';
import type { DispatchModel, Scenario, ScriptedRequest } from '../types';

const PATHS = [
  '/cpu/20',
  '/io/80',
  '/block/30',
  '/boom',
  '/echo',
  '/index.html',
  '/favicon.ico',
  '/cpu/7',
  '/io/4000',
];

function randomScenario(seed: number): Scenario {
  const r = createRng(seed);
  const models: DispatchModel[] = ['fork', 'prefork', 'threads', 'event'];
  const site = siteWith({
    cores: 1 + r.int(3),
    listener: { backlog: 1 + r.int(6) },
    dispatch: {
      model: models[r.int(4)],
      processes: 1 + r.int(3),
      threads: 1 + r.int(3),
      maxRequests: r.int(4),
      timeoutMs: r.next() < 0.3 ? 60 : 0,
      connectionsPerWorker: 1 + r.int(4),
    },
    web: {
      mode: r.next() < 0.5 ? 'proxy' : 'embedded',
      buffering: r.next() < 0.5,
      upstreamTimeoutMs: r.next() < 0.3 ? 70 : 60_000,
      // A short proxy_connect_timeout ends SYN retries against a full queue sooner.
      connectTimeoutMs: r.next() < 0.3 ? 1500 : 60_000,
    },
  });
  const requests: ScriptedRequest[] = Array.from({ length: 5 + r.int(30) }, () => ({
    at: r.int(200),
    method: 'GET',
    path: PATHS[r.int(PATHS.length)],
    uploadMs: r.next() < 0.1 ? 50 : 0,
    downloadMs: r.next() < 0.1 ? 50 : 0,
  }));
  return {
    id: 'load-lab',
    site,
    seed,
    requests,
    faults: r.next() < 0.4 ? [{ at: r.int(200), kind: 'crash-worker' }] : [],
  };
}

describe('properties over random sites and request mixes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    it(`seed ${seed}: deterministic, one answer and one response per request, ordered trace`, () => {
      const sc = randomScenario(seed);
      const a = runScenario(sc, fakeProtocol);
      const b = runScenario(sc, fakeProtocol);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(a.responses.map((r) => r.rid)).toEqual(sc.requests.map((_, i) => i + 1));
      const answers = new Map<number, number>();
      a.events.forEach((e, i) => {
        expect(e.seq).toBe(i);
        if (i > 0) expect(e.t).toBeGreaterThanOrEqual(a.events[i - 1].t);
        if (e.type === 'client.receive' || e.type === 'client.error')
          answers.set(e.rid!, (answers.get(e.rid!) ?? 0) + 1);
      });
      for (let rid = 1; rid <= sc.requests.length; rid++) expect(answers.get(rid)).toBe(1);
      // no request got someone else's echo
      for (const { rid, response } of a.responses) {
        const path = sc.requests[rid - 1].path;
        if (response.status === 200 && path === '/echo')
          expect(new TextDecoder().decode(response.body)).toContain(path);
      }
    });
  }

  it('never throws: a protocol layer that throws becomes a 500 for that request', () => {
    const broken = {
      ...fakeProtocol,
      serveWsgi: () => {
        throw new Error('kaput');
      },
    };
    const trace = runScenario(
      {
        id: 'load-lab',
        site: siteWith({}),
        seed: 1,
        requests: [{ at: 0, method: 'GET', path: '/x' }],
      },
      broken,
    );
    expect(trace.responses[0].response.status).toBe(500);
    expect(new TextDecoder().decode(trace.responses[0].response.body)).toContain('kaput');
  });
});

describe('1,000 requests in flight', () => {
  it('answers each exactly once with its own path', () => {
    const site = siteWith({
      dispatch: { model: 'event', processes: 2, connectionsPerWorker: 1000 },
    });
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      at: 0,
      method: 'GET',
      path: `/io/${50 + (i % 7)}?n=${i}`,
    }));
    const trace = runScenario({ id: 'load-lab', site, seed: 3, requests }, fakeProtocol);
    expect(trace.responses).toHaveLength(1000);
    const answers = trace.events.filter((e) => e.type === 'client.receive');
    expect(new Set(answers.map((e) => e.rid)).size).toBe(1000);
    for (const { rid, response } of trace.responses) {
      expect(response.status).toBe(200);
      expect(new TextDecoder().decode(response.body)).toContain(`/io/${50 + ((rid - 1) % 7)}`);
    }
  });
});

describe('live simulator', () => {
  it('keeps state across calls and advances its clock', () => {
    const sim = createSimulator(
      siteWith({ dispatch: { model: 'prefork', processes: 1, maxRequests: 2 } }),
      5,
      fakeProtocol,
    );
    const first = sim.handle({
      method: 'GET',
      url: 'https://demo.test/io/30',
      headers: [],
      body: new Uint8Array(),
    });
    expect(first.response.status).toBe(200);
    expect(first.events.some((e) => e.type === 'process.spawn')).toBe(true);
    expect(sim.now()).toBe(30);
    const second = sim.handle({
      method: 'GET',
      url: 'https://demo.test/a',
      headers: [],
      body: new Uint8Array(),
    });
    expect(second.events[0].t).toBe(30);
    expect(second.events.some((e) => e.type === 'process.exit' && e.reason === 'recycled')).toBe(
      true,
    );
    const third = sim.handle({
      method: 'GET',
      url: 'https://demo.test/b',
      headers: [],
      body: new Uint8Array(),
    });
    expect(third.response.status).toBe(200);
    expect(third.events.every((e) => e.rid === 3 || e.rid === null)).toBe(true);
  });
});

describe('live simulator over a long session', () => {
  it('numbers events continuously and does not keep answered requests', () => {
    const sim = createSimulator(
      siteWith({ dispatch: { model: 'threads', processes: 1, threads: 2 } }),
      2,
      fakeProtocol,
    );
    let expected = 0;
    for (let i = 0; i < 50; i++) {
      const { events, response } = sim.handle({
        method: 'GET',
        url: `https://demo.test/echo/${i}`,
        headers: [],
        body: new Uint8Array(),
      });
      expect(new TextDecoder().decode(response.body)).toContain(`/echo/${i}`);
      for (const e of events) expect(e.seq).toBe(expected++);
    }
  });
});
