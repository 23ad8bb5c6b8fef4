import { describe, expect, it } from 'vitest';
import { timelineView, type TimelineInput } from './position';

// 60 beats of 2 events each: beat p ends at event 2p - 1.
const beats = Array.from({ length: 60 }, (_, i) => ({ end: 2 * i + 1 }));
const base: TimelineInput = {
  step: -1,
  goal: null,
  beats,
  details: false,
  length: 120,
  range: null,
};

describe('timelineView', () => {
  it('the whole timeline counts every beat (0: the empty stage)', () => {
    const v = timelineView({ ...base, step: beats[2].end });
    expect(v).toMatchObject({ min: 0, max: 60, value: 3, shown: 3, count: 60 });
  });

  it('a range from 0 counts and slides over its beats only: "3 / 11", not "3 / 60"', () => {
    const range = { from: 0, to: 11 };
    const v = timelineView({ ...base, range, step: beats[2].end });
    expect(v).toMatchObject({ min: 0, max: 11, value: 3, shown: 3, count: 11 });
    expect(timelineView({ ...base, range, step: -1 })).toMatchObject({ shown: 0, atStart: true });
    const end = timelineView({ ...base, range, step: beats[10].end });
    expect(end).toMatchObject({ shown: 11, count: 11, atEnd: true, atStart: false });
  });

  it('a range inside the timeline starts at 1 on its first beat', () => {
    const range = { from: 3, to: 5 };
    expect(timelineView({ ...base, range, step: beats[2].end })).toMatchObject({
      min: 3,
      max: 5,
      shown: 1,
      count: 3,
      atStart: true,
      atEnd: false,
    });
    expect(timelineView({ ...base, range, step: beats[4].end })).toMatchObject({
      shown: 3,
      atEnd: true,
    });
  });

  it('a range past the last beat ends at the last beat', () => {
    const v = timelineView({ ...base, range: { from: 58, to: 1000 }, step: beats[57].end });
    expect(v).toMatchObject({ min: 58, max: 60, shown: 1, count: 3 });
  });

  it('with Details, the range’s beats become events and the count is of events', () => {
    const v = timelineView({ ...base, details: true, range: { from: 0, to: 11 }, step: 5 });
    // Beat 11 ends at event 21: events 0..21 from the empty stage (-1).
    expect(v).toMatchObject({ byBeat: false, min: -1, max: 21, value: 5, shown: 6, count: 22 });
    const inner = timelineView({ ...base, details: true, range: { from: 3, to: 5 }, step: 5 });
    // Beat 3 ends at event 5, beat 5 at event 9: that state and 4 more events.
    expect(inner).toMatchObject({ min: 5, max: 9, shown: 1, count: 5, atStart: true });
  });

  it('without beats (the load lab, a scene without a lesson) the range is of events', () => {
    const v = timelineView({ ...base, beats: [], range: { from: 2, to: 4 }, step: 3 });
    expect(v).toMatchObject({ byBeat: false, min: 2, max: 4, shown: 2, count: 3 });
  });
});
