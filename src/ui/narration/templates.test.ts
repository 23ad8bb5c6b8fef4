/**
 * Every template, in both languages: each note code's sentence (from a typed
 * sample of every code) and each event type's sentence as the scenes and live
 * requests reach it. Counts what was checked, and fails when a template is
 * never worded by the walk or the samples.
 */
import { describe, expect, it } from 'vitest';
import type { TraceType } from '../../sim/types';
import { narrate } from '../narrate';
import { latinRuns, particleErrors } from './check';
import { en } from './en';
import { ko } from './ko';
import { NOTE_SAMPLES } from './samples';
import { wordNote, type AnyCode } from './types';
import { liveSteps, sceneSteps, troubleSteps } from './walk';

const HANGUL = /[\uac00-\ud7a3]/;

function koFaults(text: string): string[] {
  return [
    ...latinRuns(text).map((r) => `English prose "${r}"`),
    ...particleErrors(text).map((e) => `"${e.word}${e.particle}" wants ${e.expected}`),
  ];
}

describe('every narration template', () => {
  const codes = Object.keys(NOTE_SAMPLES) as AnyCode[];
  const types = Object.keys(ko.events) as TraceType[];

  it('has a Korean and an English sentence for every note code', () => {
    const bad: string[] = [];
    for (const code of codes) {
      const k = wordNote(ko.notes, NOTE_SAMPLES[code]);
      const e = wordNote(en.notes, NOTE_SAMPLES[code]);
      if (!HANGUL.test(k)) bad.push(`${code}: no Korean in "${k}"`);
      if (HANGUL.test(e)) bad.push(`${code}: Hangul in English "${e}"`);
      for (const f of koFaults(k)) bad.push(`${code}: ${f} in "${k}"`);
      if (/undefined|NaN|\[object/.test(k + e)) bad.push(`${code}: a hole in "${k}" / "${e}"`);
    }
    expect(bad).toEqual([]);
  });

  it('words every event type and most note codes from real traces', () => {
    const steps = [...sceneSteps(), ...liveSteps(), ...troubleSteps()];
    const seenTypes = new Set(steps.map((s) => s.event.type));
    const seenCodes = new Set<string>();
    for (const { event } of steps) {
      if ('note' in event && event.note) seenCodes.add(event.note.code);
      if ('work' in event && event.work) seenCodes.add(event.work.code);
      narrate(event, steps[0].snapshot, 'ko');
    }
    // No demo app calls the legacy write(), and the engine reports a client leaving as
    // wsgi.close (client_gone), never client.gone: both are checked by narrate.test.ts.
    const unreached = types.filter((t) => !seenTypes.has(t));
    expect(unreached.sort()).toEqual(['client.gone', 'wsgi.write']);
    const templates = types.length + codes.length;
    console.log(
      `Korean templates checked: ${templates} (${types.length} event types, ${codes.length} note codes); ` +
        `${seenCodes.size} note codes reached by the walk, all ${codes.length} by the samples`,
    );
    expect(seenCodes.size).toBeGreaterThan(codes.length * 0.7);
  });
});
