/**
 * Beats: a step is one idea, not one engine event. A beat is a run of trace
 * events that ends on a visible change; the timeline keeps where each beat
 * ends. Position 0 is the empty stage before the first beat; position p ≥ 1
 * is the end of beat p. Scene beats come from the lesson's anchors (each
 * anchor ends a beat); a learner's own requests get generated beats.
 */
import type { TraceEvent, TraceType } from '../sim/types';

export interface Beat {
  /** Index of the beat's last event in the timeline (the cursor when the beat is shown). */
  end: number;
  /** The lesson step whose text is the caption; absent for a generated beat (its caption is the end event's narration). */
  lesson?: number;
  /** Characters in the caption, when known: Play rests longer on a longer one. */
  chars?: number;
}

/** How many beats have ended at `step` (0: before the first beat's end). */
export function positionOf(beats: readonly Beat[], step: number): number {
  let lo = 0;
  let hi = beats.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (beats[mid].end <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The event index at position `p` (clamped; -1 for position 0). */
export function endOf(beats: readonly Beat[], p: number): number {
  if (beats.length === 0 || !(p >= 1)) return -1;
  return beats[Math.min(Math.trunc(p), beats.length) - 1].end;
}

/** The beat shown at `step`: the one that ends there, or the one running toward its end (null before any). */
export function beatAt(beats: readonly Beat[], step: number): { beat: Beat; index: number } | null {
  const p = positionOf(beats, step);
  // Exactly at a beat's end: that beat. Between two ends: the beat being played.
  const index = p > 0 && beats[p - 1].end === step ? p - 1 : Math.min(p, beats.length - 1);
  if (index < 0 || (p === 0 && step < 0)) return null;
  return { beat: beats[index], index };
}

/** The first event of beat `index` (0-based). */
export function startOf(beats: readonly Beat[], index: number): number {
  return index <= 0 ? 0 : beats[index - 1].end + 1;
}

/**
 * Beats from a lesson: each resolved anchor ends one (unresolved or
 * out-of-order anchors are skipped), and the last beat runs to the end of
 * the trace, so every event belongs to a beat and every beat has the
 * lesson's sentence (a generated caption for the scene's last events read
 * as an afterthought: "the client receives 200 OK").
 */
export function lessonBeats(
  anchors: readonly number[],
  length: number,
  chars: readonly number[] = [],
): Beat[] {
  const beats: Beat[] = [];
  anchors.forEach((end, lesson) => {
    if (end < 0 || end >= length) return;
    if (beats.length > 0 && end <= beats[beats.length - 1].end) return;
    beats.push(
      chars[lesson] !== undefined ? { end, lesson, chars: chars[lesson] } : { end, lesson },
    );
  });
  if (length === 0) return beats;
  if (beats.length === 0) return [{ end: length - 1 }];
  beats[beats.length - 1] = { ...beats[beats.length - 1], end: length - 1 };
  return beats;
}

/**
 * Where a live request's beat ends: accepted, in the worker, in the WSGI
 * server, through each layer, in the app, answered (the storyboard's
 * summary of a request, not every event).
 */
const LIVE_BEAT_ENDS: ReadonlySet<TraceType> = new Set<TraceType>([
  'listener.accept',
  'listener.drop',
  'worker.queue',
  'web.static',
  'http.reject',
  'wsgi.environ',
  'middleware.enter',
  'app.enter',
  'wsgi.headers_sent',
  'client.receive',
  'client.error',
]);

/**
 * Generated beats for events appended at `offset`. Many requests sent
 * together share their beats (the same kind of moment for all of them is
 * one beat), so a burst of a thousand stays a handful of steps.
 */
export function liveBeats(events: readonly TraceEvent[], offset: number): Beat[] {
  const beats: Beat[] = [];
  for (let i = 0; i < events.length; i++) {
    const type = events[i].type;
    if (!LIVE_BEAT_ENDS.has(type)) continue;
    // The next event of the same kind, for another request, joins this beat.
    const next = events[i + 1];
    if (next && next.type === type && next.rid !== events[i].rid) continue;
    beats.push({ end: offset + i });
  }
  if (
    events.length > 0 &&
    (beats.length === 0 || beats[beats.length - 1].end < offset + events.length - 1)
  )
    beats.push({ end: offset + events.length - 1 });
  return beats;
}

/** Beats after the oldest `dropped` events were let go (beats that ended in them are gone). */
export function shiftBeats(beats: readonly Beat[], dropped: number): Beat[] {
  const out: Beat[] = [];
  for (const b of beats) if (b.end - dropped >= 0) out.push({ ...b, end: b.end - dropped });
  return out;
}

/** The step a link names: the beat being shown (a playing beat counts as shown); without beats, the event. */
export function linkStep(s: { beats: readonly Beat[]; step: number; goal: number | null }): number {
  return s.beats.length > 0 ? positionOf(s.beats, s.goal ?? s.step) : s.step;
}

/** Whether the timeline steps by beat: it has beats and "Details" is off. */
export function stepsByBeat(s: { beats: readonly Beat[]; details: boolean }): boolean {
  return !s.details && s.beats.length > 0;
}
