// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../player/snapshot';
import type { TraceEvent } from '../sim/types';
import { narrate } from './narrate';
import { ONE_OF_EACH } from './narrate.fixture';
import { latinRuns, particleErrors } from './narration/check';

const HANGUL = /[\uac00-\ud7a3]/;

describe('narrate', () => {
  const events = Object.values(ONE_OF_EACH).map((e, seq) => ({ ...e, seq, t: 0 }) as TraceEvent);

  it('has the fixture cover every event type', () => {
    expect(new Set(events.map((e) => e.type)).size).toBe(Object.keys(ONE_OF_EACH).length);
    expect(events.length).toBeGreaterThanOrEqual(37);
  });

  for (const e of events) {
    it(`narrates ${e.type} in English and Korean`, () => {
      const en = narrate(e, emptySnapshot(), 'en');
      const ko = narrate(e, emptySnapshot(), 'ko');
      expect(en.length).toBeGreaterThan(10);
      expect(en).not.toMatch(HANGUL);
      expect(en).not.toMatch(/undefined|NaN|\[object/);
      expect(ko).toMatch(HANGUL);
      expect(ko).not.toMatch(/undefined|NaN|\[object/);
      expect(ko).not.toBe(en);
      expect(latinRuns(ko)).toEqual([]);
      expect(particleErrors(ko)).toEqual([]);
      // One or two sentences (three at most when a note from the trace is appended).
      expect(en.split(/[.!?](\s|$)/).filter((x) => x && x.trim()).length).toBeLessThanOrEqual(4);
    });
  }

  it('uses the event payload, not a canned sentence', () => {
    const e = { ...ONE_OF_EACH['listener.accept'], seq: 0, t: 0 } as TraceEvent;
    expect(narrate(e, emptySnapshot(), 'en')).toContain('Process 12');
    const f = { ...ONE_OF_EACH['wsgi.start_response'], seq: 0, t: 0 } as TraceEvent;
    expect(narrate(f, emptySnapshot(), 'ko')).toContain('200 OK');
  });

  it('says an empty chunk sends nothing', () => {
    const e = { ...ONE_OF_EACH['wsgi.chunk'], bytes: 0, seq: 0, t: 0 } as TraceEvent;
    expect(narrate(e, emptySnapshot(), 'en')).toMatch(/nothing is sent/);
  });
});
