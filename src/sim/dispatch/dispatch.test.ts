import { describe, expect, it } from 'vitest';
import type { DispatchConfig, DispatchModel } from '../types';
import { dispatchStrategies, drawsAsLoop, totalCapacity } from './index';

const config = (model: DispatchModel, over: Partial<DispatchConfig> = {}): DispatchConfig => ({
  model,
  processes: 3,
  threads: 4,
  maxRequests: 0,
  timeoutMs: 30_000,
  connectionsPerWorker: 100,
  ...over,
});

describe('dispatch strategies', () => {
  it('one per model, each filed under its own name', () => {
    const models: DispatchModel[] = ['fork', 'prefork', 'threads', 'event'];
    expect(Object.keys(dispatchStrategies).sort()).toEqual([...models].sort());
    for (const m of models) expect(dispatchStrategies[m].model).toBe(m);
  });

  it('answer the engine’s questions as the README describes each model', () => {
    const row = (m: DispatchModel) => {
      const s = dispatchStrategies[m];
      const d = config(m);
      return [
        s.masterAccepts,
        s.workersAtBoot(d),
        s.capacity(d),
        s.acceptLimit(d),
        s.threadsPerProcess(d),
        s.singleLoop,
        s.gilHandoff,
        s.watchdogMs(d),
      ];
    };
    expect(row('fork')).toEqual([true, 0, 1, 1, 1, false, false, 0]);
    expect(row('prefork')).toEqual([false, 3, 1, 1, 1, false, false, 30_000]);
    // gthread: 4 threads serve, up to worker_connections (100 here) are accepted.
    expect(row('threads')).toEqual([false, 3, 4, 100, 4, false, true, 0]);
    expect(row('event')).toEqual([false, 3, 100, 100, 1, true, false, 0]);
  });

  it('set PEP 3333’s environ flags', () => {
    const flags = (m: DispatchModel, over: Partial<DispatchConfig>, threads: number) =>
      dispatchStrategies[m].environ(config(m, over), threads);
    expect(flags('fork', { processes: 1 }, 1)).toEqual({
      multithread: false,
      multiprocess: true,
      runOnce: true,
    });
    expect(flags('prefork', { processes: 1 }, 1)).toEqual({
      multithread: false,
      multiprocess: false,
      runOnce: false,
    });
    expect(flags('threads', { processes: 2 }, 4)).toEqual({
      multithread: true,
      multiprocess: true,
      runOnce: false,
    });
    expect(flags('threads', { processes: 1 }, 1).multithread).toBe(false);
    expect(flags('event', { processes: 2 }, 1).multiprocess).toBe(true);
  });

  it('never count less than one worker, thread or connection', () => {
    const zero = { processes: 0, threads: 0, connectionsPerWorker: 0 };
    for (const m of ['prefork', 'threads', 'event'] as const) {
      const s = dispatchStrategies[m];
      expect(s.workersAtBoot(config(m, zero))).toBe(1);
      expect(s.capacity(config(m, zero))).toBe(1);
      expect(s.threadsPerProcess(config(m, zero))).toBe(1);
    }
  });

  it('a gthread worker accepts at least as many connections as it has threads', () => {
    expect(
      dispatchStrategies.threads.acceptLimit(config('threads', { connectionsPerWorker: 2 })),
    ).toBe(4);
  });

  it('total capacity: connections all workers accept, 0 when the master forks per connection', () => {
    expect(totalCapacity(config('fork'))).toBe(0);
    expect(totalCapacity(config('prefork'))).toBe(3);
    expect(totalCapacity(config('threads'))).toBe(300);
    expect(totalCapacity(config('event'))).toBe(300);
  });

  it('only the event loop is drawn as a loop', () => {
    expect(drawsAsLoop('event')).toBe(true);
    expect(drawsAsLoop('threads')).toBe(false);
    expect(drawsAsLoop(null)).toBe(false);
  });
});
