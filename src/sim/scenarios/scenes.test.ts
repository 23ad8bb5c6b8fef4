/** What each scene must show, checked on its trace (with the real protocol layer). */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../simulator';
import type { Trace, TraceEvent } from '../types';
import { scenarios } from './scenes';
import { defaultSite, siteWith } from './site';

const traces = new Map<string, Trace>();
function traceOf(id: keyof typeof scenarios): Trace {
  if (!traces.has(id)) traces.set(id, runScenario(scenarios[id]));
  return traces.get(id)!;
}
const ofType = <T extends TraceEvent['type']>(t: Trace, type: T) =>
  t.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
const body = (t: Trace, rid: number) =>
  new TextDecoder().decode(t.responses[rid - 1].response.body);
const statuses = (t: Trace) => t.responses.map((r) => r.response.status);

describe('scenes', () => {
  it('every scene answers each request exactly once and stays small', () => {
    for (const id of Object.keys(scenarios) as (keyof typeof scenarios)[]) {
      const t = traceOf(id);
      expect(t.responses).toHaveLength(scenarios[id].requests.length);
      const answers = t.events.filter(
        (e) => e.type === 'client.receive' || e.type === 'client.error',
      );
      expect(answers).toHaveLength(scenarios[id].requests.length);
      expect(t.events.length).toBeLessThan(500);
    }
  });

  it('default site: nginx in front of two gunicorn sync workers, echo app at the root, backlog 2048', () => {
    expect(defaultSite.web).toMatchObject({ mode: 'proxy', name: 'nginx' });
    expect(defaultSite.dispatch).toMatchObject({ model: 'prefork', processes: 2 });
    expect(defaultSite.listener.backlog).toBe(2048);
    expect(defaultSite.wsgi).toEqual({ server: 'gunicorn', middleware: [], app: 'echo' });
  });

  it('static: 200, 200, 200, 404 and no Python at all', () => {
    const t = traceOf('static');
    expect(statuses(t)).toEqual([200, 200, 200, 404]);
    expect(ofType(t, 'wsgi.call')).toHaveLength(0);
    expect(ofType(t, 'listener.accept')).toHaveLength(0);
  });

  it('fork: a child per connection, forked by the parent that accepted, exits when done', () => {
    const t = traceOf('fork');
    const kids = ofType(t, 'process.spawn').filter((e) => e.role === 'child');
    expect(kids).toHaveLength(3);
    expect(ofType(t, 'process.exit').map((e) => e.reason)).toEqual(['done', 'done', 'done']);
    // wsgiref's handler says run_once False even in a child that exits (only CGIHandler says True).
    expect(body(t, 1)).toMatch(/"wsgi.run_once": false/);
    expect(body(t, 1)).toMatch(/"SERVER_SOFTWARE": "WSGIServer\/0.2"/);
  });

  it('prefork: three workers, a queue, a crash answered 502 and respawned, a recycled worker', () => {
    const t = traceOf('prefork');
    expect(
      ofType(t, 'process.spawn').filter((e) => e.role === 'worker').length,
    ).toBeGreaterThanOrEqual(5);
    expect(Math.max(...ofType(t, 'listener.enqueue').map((e) => e.queue))).toBeGreaterThanOrEqual(
      2,
    );
    const reasons = ofType(t, 'process.exit').map((e) => e.reason);
    expect(reasons).toContain('crashed');
    expect(reasons).toContain('recycled');
    expect(statuses(t)).toContain(502);
  });

  it('process-vs-thread: copy-on-write after fork, two CPU-bound threads take GIL turns, I/O overlaps', () => {
    const t = traceOf('process-vs-thread');
    const worker = ofType(t, 'process.spawn').find((e) => e.role === 'worker')!;
    expect(worker.memory.shared).toBeGreaterThan(0);
    expect(worker.threads).toBe(2);
    const cpu = ofType(t, 'work.cpu').filter((e) => e.ms >= 5);
    expect(new Set(cpu.map((e) => e.tid)).size).toBe(2);
    expect(cpu.length).toBeGreaterThan(4);
    const slow = [3, 4].map(
      (rid) => t.events.find((e) => e.rid === rid && e.type === 'client.receive')!.t,
    );
    expect(Math.abs(slow[0] - slow[1])).toBeLessThan(5);
  });

  it('event-loop: one /block stalls every other connection on the loop', () => {
    const t = traceOf('event-loop');
    const stalls = ofType(t, 'loop.stall').filter((e) => e.ms >= 100);
    expect(stalls).toHaveLength(1);
    expect(stalls[0].waiting).toBeGreaterThanOrEqual(4);
  });

  it('reverse-proxy: static at the edge, dynamic proxied, the slow client buffered by nginx', () => {
    const t = traceOf('reverse-proxy');
    expect(ofType(t, 'proxy.forward')).toHaveLength(3);
    expect(ofType(t, 'proxy.buffer').filter((e) => e.rid === 3)).toHaveLength(2);
    // request 5 came after the slow one on the single worker, yet is not stuck behind it
    const fifth = t.events.find((e) => e.rid === 5 && e.type === 'client.receive')!;
    expect(fifth.t).toBeLessThan(100);
  });

  it('wsgi: a normal request and an exception turned into a 500', () => {
    expect(statuses(traceOf('wsgi'))).toEqual([200, 500]);
  });

  it('middleware: the auth layer short-circuits with 401', () => {
    const t = traceOf('middleware');
    expect(statuses(t)[4]).toBe(401);
    expect(ofType(t, 'middleware.enter').length).toBeGreaterThan(5);
  });

  it('container: uWSGI sets no SERVER_SOFTWARE; its own keys name it', () => {
    expect(body(traceOf('container'), 1)).toMatch(/uwsgi\.version/);
    expect(body(traceOf('container'), 1)).not.toMatch(/SERVER_SOFTWARE/);
  });

  it('fork (embedded): the socket the client reaches at https://demo.test listens on 443, and environ agrees', () => {
    const { listener } = scenarios.fork.site;
    expect(listener).toEqual({ port: 443, backlog: 511 });
    const environ = ofType(traceOf('fork'), 'wsgi.environ')[0].environ;
    expect(environ.SERVER_PORT).toBe(String(listener.port));
    expect(environ['wsgi.url_scheme']).toBe('https');
  });

  it('the listen backlog follows the server that owns the socket: uWSGI 100, gunicorn 2048, Apache 511', () => {
    expect(ofType(traceOf('container'), 'listener.enqueue').map((e) => e.backlog)).toEqual([
      100, 100,
    ]);
    expect(ofType(traceOf('wsgi'), 'listener.enqueue')[0].backlog).toBe(2048);
    expect(ofType(traceOf('fork'), 'listener.enqueue')[0].backlog).toBe(511);
    expect(siteWith({ wsgi: { server: 'mod_wsgi' } }).listener.backlog).toBe(511);
    // an explicit backlog wins, and survives later changes
    const tuned = siteWith({ wsgi: { server: 'uwsgi' }, listener: { backlog: 1024 } });
    expect(tuned.listener.backlog).toBe(1024);
    expect(siteWith({ wsgi: { app: 'flask' } }, tuned).listener.backlog).toBe(1024);
    // back to gunicorn from a defaulted uWSGI site: gunicorn's default again
    expect(
      siteWith({ wsgi: { server: 'gunicorn' } }, siteWith({ wsgi: { server: 'uwsgi' } })).listener
        .backlog,
    ).toBe(2048);
  });

  it('added headers: gunicorn sends Server: gunicorn and Date, uWSGI neither; nginx in front sends its own Server and Date', () => {
    const names = (h: [string, string][]) => h.map(([k]) => k);
    const uwsgi = ofType(traceOf('container'), 'wsgi.headers_sent')[0].headers;
    expect(names(uwsgi)).not.toContain('Server');
    expect(names(uwsgi)).not.toContain('Date');
    const gunicorn = ofType(traceOf('wsgi'), 'wsgi.headers_sent')[0].headers;
    expect(gunicorn).toContainEqual(['Server', 'gunicorn']);
    expect(names(gunicorn)).toContain('Date');
    for (const id of ['container', 'wsgi'] as const) {
      const seen = ofType(traceOf(id), 'client.receive')[0].headers;
      expect(seen.filter(([k]) => k === 'Server')).toEqual([['Server', 'nginx/1.27.3']]);
      expect(seen.filter(([k]) => k === 'Date')).toHaveLength(1);
    }
  });

  it("the proxy's 502 is nginx's own text/html page; why it failed is in the trace event", () => {
    const t = traceOf('prefork');
    const failed = t.responses.find((r) => r.response.status === 502)!.response;
    expect(failed.reason).toBe('Bad Gateway');
    expect(Object.fromEntries(failed.headers)['Content-Type']).toBe('text/html');
    const page = new TextDecoder().decode(failed.body);
    expect(page).toContain(
      '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.27.3</center>',
    );
    expect(page).not.toContain('<!--');
    const ev = ofType(t, 'proxy.upstream_error')[0];
    expect(ev.note).toMatchObject({ code: 'upstream.closed', fate: 'crashed' });
  });

  it('framework: flask and django in one process', () => {
    const apps = new Set(ofType(traceOf('framework'), 'app.enter').map((e) => e.app));
    expect(apps).toEqual(new Set(['flask', 'django']));
  });

  it('big-picture: a static hit, a dynamic hit, an error', () => {
    expect(statuses(traceOf('big-picture')).slice(0, 3)).toEqual([200, 200, 500]);
  });
});
