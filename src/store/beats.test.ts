import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../sim/types';
import { beatAt, endOf, lessonBeats, liveBeats, positionOf, shiftBeats } from './beats';
import { createExplainerStore } from './explainerStore';

const fake = (types: string[], rid: (i: number) => number | null = () => 1): TraceEvent[] =>
  types.map(
    (type, seq) => ({ seq, t: seq, rid: rid(seq), type, actor: 'test' }) as unknown as TraceEvent,
  );

describe('beats', () => {
  const beats = lessonBeats([2, 5, 8, 9], 12); // ends 2, 5, 8, and 11: the last runs to the end

  it('each anchor ends a beat, and the last beat runs to the end of the trace', () => {
    expect(beats.map((b) => b.end)).toEqual([2, 5, 8, 11]);
    expect(beats.map((b) => b.lesson)).toEqual([0, 1, 2, 3]);
    // An unresolved or out-of-order anchor ends no beat.
    expect(lessonBeats([3, -1, 2, 7], 8).map((b) => b.end)).toEqual([3, 7]);
    expect(lessonBeats([], 5)).toEqual([{ end: 4 }]);
  });

  it('positions: 0 is the empty stage, p the end of beat p', () => {
    expect([-1, 0, 2, 3, 5, 11].map((s) => positionOf(beats, s))).toEqual([0, 0, 1, 1, 2, 4]);
    expect([0, 1, 2, 4, 99].map((p) => endOf(beats, p))).toEqual([-1, 2, 5, 11, 11]);
    expect(beatAt(beats, 3)?.index).toBe(1); // on the way to the end of beat 2
    expect(beatAt(beats, 5)?.index).toBe(1);
    expect(beatAt(beats, -1)).toBeNull();
  });

  it('a burst of live requests shares its beats; trimming shifts them', () => {
    const burst = fake(
      [
        'client.send',
        'client.send',
        'listener.accept',
        'listener.accept',
        'app.enter',
        'client.receive',
        'client.receive',
      ],
      (i) => i % 2,
    );
    expect(liveBeats(burst, 100).map((b) => b.end)).toEqual([103, 104, 106]);
    expect(shiftBeats(beats, 3).map((b) => b.end)).toEqual([2, 5, 8]);
  });
});

describe('the store by beat', () => {
  const make = () => {
    const store = createExplainerStore({ scene: 'wsgi', events: [], lang: 'en' });
    store
      .getState()
      .setScene('wsgi', fake(Array(12).fill('work.io')), -1, null, lessonBeats([2, 5, 8, 9], 12));
    return store;
  };

  it('Step forward walks the beat event by event and ends on its last event', () => {
    const store = make();
    store.getState().stepBy(1);
    expect(store.getState().goal).toBe(2);
    expect(store.getState().step).toBe(-1);
    const seen: number[] = [];
    while (store.getState().goal !== null) {
      store.getState().tick();
      seen.push(store.getState().step);
    }
    expect(seen).toEqual([0, 1, 2]);
  });

  it('Step forward while a beat walks finishes it and starts the next; back jumps to the previous end', () => {
    const store = make();
    store.getState().stepBy(1);
    store.getState().tick();
    store.getState().stepBy(1);
    expect(store.getState()).toMatchObject({ step: 2, goal: 5 });
    store.getState().stepBy(-1); // from a walk toward 5: back to the end of beat 1… counted from the goal
    expect(store.getState()).toMatchObject({ step: 2, goal: null });
    store.getState().stepBy(-1);
    expect(store.getState().step).toBe(-1);
    store.getState().seek(7); // between two ends (the Details view left it there)
    store.getState().stepBy(-1);
    expect(store.getState().step).toBe(5);
  });

  it('Play goes beat by beat to the end; Details steps by event; pause finishes the beat', () => {
    const store = make();
    store.getState().play();
    store.getState().tick();
    expect(store.getState()).toMatchObject({ step: 0, goal: 2 });
    store.getState().pause();
    expect(store.getState()).toMatchObject({ step: 2, goal: null, playing: false });
    store.getState().play();
    let ticks = 0;
    while (store.getState().tick()) ticks++;
    expect(store.getState().step).toBe(11);
    expect(ticks).toBe(9);
    store.getState().setDetails(true);
    store.getState().seek(3);
    store.getState().stepBy(1);
    expect(store.getState()).toMatchObject({ step: 4, goal: null });
  });

  it('a range names beats', () => {
    const store = make();
    store.getState().setRange({ from: 1, to: 2 });
    store.getState().restart();
    expect(store.getState().step).toBe(2);
    store.getState().toEnd();
    expect(store.getState().step).toBe(5);
  });
});
