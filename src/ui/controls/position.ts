/**
 * What the controls show of the timeline: the slider's bounds and value, and
 * the "n / N" count. By beat the unit is the beat (0: the empty stage before
 * the first); with Details, the event. An embed locked to a range of beats
 * (`from`/`to`, beat positions whatever the mode) counts and slides over
 * that range only: `from=3&to=5` reads "1 / 3" on its first frame. A range
 * that starts at 0 starts on the empty stage, which counts as 0, as the
 * whole timeline's does. Pure: no React.
 */
import { endOf, positionOf, stepsByBeat, type Beat } from '../../store/beats';
import type { Range } from '../../store/explainerStore';

export interface TimelineInput {
  step: number;
  goal: number | null;
  beats: readonly Beat[];
  details: boolean;
  length: number;
  range: Range | null;
}

export interface TimelineView {
  byBeat: boolean;
  /** The slider's bounds and value (beats by beat, event indices with Details). */
  min: number;
  max: number;
  value: number;
  /** "shown / count"; shown 0 is the empty stage. */
  shown: number;
  count: number;
  atStart: boolean;
  atEnd: boolean;
}

export function timelineView(c: TimelineInput): TimelineView {
  const byBeat = stepsByBeat(c);
  const beats = c.beats.length;
  // The whole timeline in the slider's unit: beats 0..n, or events -1..length-1.
  const lo = byBeat ? 0 : -1;
  const hi = byBeat ? beats : c.length - 1;
  const clamp = (v: number) => Math.max(lo, Math.min(hi, v));
  // A range names beat positions when there are beats; with Details they become events.
  const toUnit = (p: number) => (byBeat || beats === 0 ? p : endOf(c.beats, p));
  const min = c.range ? clamp(toUnit(c.range.from)) : lo;
  const max = c.range ? Math.max(min, clamp(toUnit(c.range.to))) : hi;
  const at = c.goal ?? c.step;
  const value = byBeat ? positionOf(c.beats, at) : at;
  // Starting on the empty stage, the start counts as 0; otherwise it is the first of the count.
  const fromEmpty = min === lo;
  const offset = fromEmpty ? 0 : 1;
  return {
    byBeat,
    min,
    max,
    value,
    shown: Math.max(0, Math.min(value, max) - min + offset),
    count: max - min + offset,
    atStart: value <= min,
    atEnd: value >= max,
  };
}
