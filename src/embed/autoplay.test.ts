import { describe, expect, it } from 'vitest';
import { createExplainerStore } from '../store/explainerStore';
import { fixtureTrace } from '../ui/narrate.fixture';
import { loopPlayback } from './autoplay';

function setup(range: { from: number; to: number } | null = null) {
  const events = fixtureTrace();
  const beats = events.map((_, i) => ({ end: i })).filter((b) => b.end % 2 === 1);
  const store = createExplainerStore({ scene: 'wsgi', events, lang: 'en', range });
  store.getState().setScene('wsgi', events, range ? beats[range.from - 1]?.end : -1, null, beats);
  const timers: { fn: () => void; ms: number }[] = [];
  const stop = loopPlayback(store, {
    pauseMs: 1000,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => timers.splice(0),
  });
  const playToEnd = () => {
    store.getState().play();
    while (store.getState().tick());
  };
  return { store, beats, timers, stop, playToEnd };
}

describe('an autoplaying embed loops', () => {
  it('after resting on the last frame, it plays again from the start', () => {
    const { store, beats, timers, playToEnd } = setup();
    playToEnd();
    expect(store.getState()).toMatchObject({ playing: false, step: beats[beats.length - 1].end });
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0].fn();
    expect(store.getState()).toMatchObject({ playing: true, step: -1 });
    // And again at the next end.
    while (store.getState().tick());
    expect(timers).toHaveLength(2);
  });

  it('loops within its range (from/to)', () => {
    const { store, beats, timers, playToEnd } = setup({ from: 2, to: 4 });
    playToEnd();
    expect(store.getState().step).toBe(beats[3].end);
    timers[0].fn();
    expect(store.getState()).toMatchObject({ playing: true, step: beats[1].end });
  });

  it('a pause before the end does not loop, and once the reader takes over it stops looping', () => {
    const { store, timers, stop, playToEnd } = setup();
    store.getState().play();
    store.getState().tick();
    store.getState().pause();
    expect(timers).toHaveLength(0);
    stop();
    playToEnd();
    expect(timers).toHaveLength(0);
    expect(store.getState().playing).toBe(false);
  });
});
