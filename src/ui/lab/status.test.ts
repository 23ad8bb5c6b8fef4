import { describe, expect, it } from 'vitest';
import { labPhase, statusMessages, type PlaybackView } from './status';

// 20 s of load, 26.6 s of run (the drain): 267 frames of 100 ms.
const view = (over: Partial<PlaybackView>): PlaybackView => ({
  status: 'ready',
  playing: false,
  step: 0,
  length: 267,
  frameMs: 100,
  durationMs: 20_000,
  ...over,
});

describe('status line', () => {
  it('says "ready" only while nothing has played', () => {
    expect(statusMessages(view({}))).toEqual([{ key: 'lab.ready' }]);
    expect(labPhase(view({ playing: true }))).toBe('playing');
    expect(labPhase(view({ step: 73 }))).toBe('paused');
  });

  it('says what is playing, paused or done, with the time', () => {
    expect(statusMessages(view({ playing: true, step: 73 }))).toEqual([
      { key: 'lab.status.playing', params: { time: '7.3', duration: '20' } },
    ]);
    expect(statusMessages(view({ step: 73 }))).toEqual([
      { key: 'lab.status.paused', params: { time: '7.3', duration: '20' } },
    ]);
    expect(statusMessages(view({ step: 266 }))).toEqual([
      { key: 'lab.status.doneDrain', params: { time: '26.6', duration: '20', end: '26.6' } },
    ]);
    expect(statusMessages(view({ step: 200, length: 201 }))).toEqual([
      { key: 'lab.status.done', params: { time: '20.0', duration: '20' } },
    ]);
  });

  it('says when the load has stopped and requests are draining', () => {
    expect(labPhase(view({ playing: true, step: 223 }))).toBe('draining');
    expect(statusMessages(view({ step: 223 }))[0].key).toBe('lab.status.pausedDrain');
  });

  it('keeps the run’s progress and errors', () => {
    expect(statusMessages(view({ status: 'running' }), { done: 2, total: 5 })).toEqual([
      { key: 'lab.running', params: { done: 2, total: 5 } },
    ]);
    expect(statusMessages(view({ status: 'error' }), { error: 'boom' })[0].key).toBe('lab.failed');
  });

  it('names a fault as it strikes, and the run’s faults otherwise', () => {
    const faults = [{ at: 3000, lane: 'all' as const, kind: 'crash-worker' as const }];
    expect(statusMessages(view({ playing: true, step: 40 }), { faults })[1]).toEqual({
      key: 'lab.status.faultNow',
      params: { fault: 'crash-worker', lane: 'all', time: '3.0' },
    });
    expect(statusMessages(view({ playing: true, step: 90 }), { faults })[1].key).toBe(
      'lab.status.fault1',
    );
    const two = [...faults, { at: 9000, lane: 'event' as const, kind: 'block-loop' as const }];
    expect(statusMessages(view({ step: 10 }), { faults: two })[1]).toEqual({
      key: 'lab.status.faults',
      params: { n: 2 },
    });
  });
});
