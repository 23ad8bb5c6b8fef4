/** The engine with the real protocol layer: live requests and 1,000 at once on the default site. */
import { describe, expect, it } from 'vitest';
import { createSimulator, runScenario } from '../simulator';
import type { HttpRequest } from '../types';
import { defaultSite } from './site';

const get = (path: string): HttpRequest => ({
  method: 'GET',
  url: `https://demo.test${path}`,
  headers: [['Host', 'demo.test']],
  body: new Uint8Array(),
});
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('live simulator on the default site', () => {
  it('GET /environ returns the environ as JSON, through nginx and a gunicorn worker', () => {
    const sim = createSimulator(defaultSite, 1);
    const { response, events } = sim.handle(get('/environ'));
    expect(response.status).toBe(200);
    const environ = JSON.parse(text(response.body));
    expect(environ.PATH_INFO).toBe('/environ');
    expect(environ.SCRIPT_NAME).toBe('');
    expect(String(environ.SERVER_SOFTWARE)).toMatch(/gunicorn/);
    expect(environ['wsgi.multiprocess']).toBe(true);
    const types = events.map((e) => e.type);
    expect(types.indexOf('proxy.forward')).toBeLessThan(types.indexOf('listener.accept'));
    expect(types.filter((t) => t === 'client.receive')).toHaveLength(1);
    expect(sim.now()).toBeGreaterThan(0);
  });

  it('static files are answered by nginx; a missing favicon is a 404 without Python', () => {
    const sim = createSimulator(defaultSite, 1);
    expect(sim.handle(get('/index.html')).response.status).toBe(200);
    const fav = sim.handle(get('/favicon.ico'));
    expect(fav.response.status).toBe(404);
    expect(fav.events.some((e) => e.type === 'wsgi.call')).toBe(false);
  });

  it('a client that goes away gets exactly one client.error', () => {
    const sim = createSimulator(defaultSite, 1);
    const { events } = sim.handle(get('/environ'), { goneAfterChunks: 0 });
    const ends = events.filter((e) => e.type === 'client.receive' || e.type === 'client.error');
    expect(ends).toHaveLength(1);
  });
});

describe('1,000 requests in flight on the default site', () => {
  it('each is answered exactly once with its own environ', () => {
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      at: 0,
      method: 'GET',
      path: `/environ/${i}`,
    }));
    const trace = runScenario({ id: 'load-lab', site: defaultSite, seed: 1, requests });
    expect(trace.responses).toHaveLength(1000);
    const answered = trace.events.filter(
      (e) => e.type === 'client.receive' || e.type === 'client.error',
    );
    expect(answered.map((e) => e.rid).sort((a, b) => a! - b!)).toEqual(
      requests.map((_, i) => i + 1),
    );
    for (const { rid, response } of trace.responses) {
      expect(response.status).toBe(200);
      expect(JSON.parse(text(response.body)).PATH_INFO).toBe(`/environ/${rid - 1}`);
    }
  });
});
