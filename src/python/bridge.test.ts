/**
 * The bridge's time limit, on the code path the browser runs (PythonBridge),
 * with a stand-in worker: CPython's side answers like worker.ts, except that
 * a request for /loop never answers (an endless loop).
 */
import { describe, expect, it } from 'vitest';
import { PythonBridge, type WorkerPort } from './bridge';
import type { FromWorker, ToWorker } from './protocol';
import { environ } from './testing';

function fakeWorkers() {
  const made: { port: WorkerPort; got: ToWorker[]; terminated: boolean }[] = [];
  const createWorker = (): WorkerPort => {
    const rec = { got: [] as ToWorker[], terminated: false, port: null as unknown as WorkerPort };
    const answer = (m: FromWorker) =>
      setTimeout(() => !rec.terminated && port.onmessage?.({ data: m }), 1);
    const port: WorkerPort = {
      onmessage: null,
      onerror: null,
      terminate: () => void (rec.terminated = true),
      postMessage(m) {
        rec.got.push(m);
        if (m.type === 'init') answer({ type: 'ready' });
        if (m.type === 'load')
          answer({ type: 'loaded', id: m.id, result: { ok: true, layers: [] } });
        if (m.type === 'serve' && m.request.environ.PATH_INFO === '/crash')
          answer({
            type: 'crashed',
            id: m.id,
            message: 'RuntimeError: memory access out of bounds',
          });
        else if (m.type === 'serve' && m.request.environ.PATH_INFO !== '/loop')
          answer({
            type: 'served',
            id: m.id,
            recording: { events: [{ t: 'returned' }], violations: [], errors: '', validate: true },
          });
      },
    };
    rec.port = port;
    made.push(rec);
    return port;
  };
  return { made, createWorker };
}

describe('PythonBridge', () => {
  it('stops a request past the time limit, restarts CPython with the same code, and serves the next', async () => {
    const { made, createWorker } = fakeWorkers();
    const bridge = new PythonBridge({ createWorker, indexURL: '/py/', sizes: {}, timeLimitMs: 50 });
    const statuses: string[] = [];
    bridge.subscribe(() => statuses.push(bridge.status()));
    expect(await bridge.run('CODE', { validate: true })).toEqual({ ok: true, layers: [] });
    expect(bridge.status()).toBe('ready');

    const started = Date.now();
    const stuck = await bridge.serve({ environ: environ('/loop'), body: '' });
    expect(stuck?.timedOut).toEqual({ ms: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(made[0].terminated).toBe(true);

    const next = await bridge.serve({ environ: environ('/'), body: '' });
    expect(next?.events).toEqual([{ t: 'returned' }]);
    expect(made).toHaveLength(2);
    // The fresh worker loads the same code again, from the cache this time (no byte count).
    expect(made[1].got.map((m) => m.type)).toEqual(['init', 'load', 'serve']);
    expect(made[1].got[0]).toMatchObject({ type: 'init', count: false });
    expect(made[1].got[1]).toMatchObject({ type: 'load', code: 'CODE', validate: true });
    expect(made[0].got[0]).toMatchObject({ type: 'init', count: true });
    expect(statuses).toContain('loading');
    expect(bridge.status()).toBe('ready');
  });

  it('answers null before any code ran (the world then answers 503)', async () => {
    const { createWorker } = fakeWorkers();
    const bridge = new PythonBridge({ createWorker, indexURL: '/py/', sizes: {}, timeLimitMs: 50 });
    expect(await bridge.serve({ environ: environ('/'), body: '' })).toBeNull();
    expect(bridge.status()).toBe('idle');
  });

  it('a crash of CPython itself answers the request, reports it, and restarts the worker', async () => {
    const { made, createWorker } = fakeWorkers();
    const bridge = new PythonBridge({
      createWorker,
      indexURL: '/py/',
      sizes: {},
      timeLimitMs: 1000,
    });
    await bridge.run('CODE', { validate: false });
    const crashed = await bridge.serve({ environ: environ('/crash'), body: '' });
    expect(crashed?.crashed).toEqual({ exception: 'RuntimeError: memory access out of bounds' });
    expect(bridge.lastError()).toMatchObject({ kind: 'crash', pythonType: 'RuntimeError' });
    expect(made[0].terminated).toBe(true);
    const next = await bridge.serve({ environ: environ('/'), body: '' });
    expect(next?.events).toEqual([{ t: 'returned' }]);
    expect(bridge.status()).toBe('ready');
  });
});
