/** Live requests (the form, a console fetch()) joining a widget's timeline. */
import type { Player } from '../player/player';
import type { TraceEvent } from '../sim/types';
import { liveBeats, shiftBeats, stepsByBeat, type Beat } from './beats';
import { reseq, trimTimeline } from './trim';

/**
 * A timeline keeps at most this many events. Past it, the oldest are let go
 * (down to KEEP_EVENTS) and summarised as the state they led to, so a page
 * that has served 20,000 requests holds no more than one that served 500.
 */
export const MAX_EVENTS = 10_000;
export const KEEP_EVENTS = 6_000;

/**
 * How the figure follows live requests. `play`: it plays them beat by beat
 * from where the timeline was. `rush`: they come faster than they can be
 * shown, so the figure jumps to the newest one's end and rests there, tokens
 * jump instead of travelling and the caption stays quiet until the rush ends.
 */
export type LiveMode = 'play' | 'rush';

/** The timeline fields a live append reads. */
export interface LiveFrom {
  player: Player;
  beats: Beat[];
  details: boolean;
  dropped: number;
  version: number;
  live: number;
}

/** The fields a live append changes. */
export interface LiveTo extends Omit<LiveFrom, 'details'> {
  length: number;
  range: null;
  step: number;
  goal: null;
  playing: boolean;
  rush: boolean;
}

/** The state after `events` (of `requests` live requests) join the timeline `s`. */
export function appendLiveTo(
  s: LiveFrom,
  events: TraceEvent[],
  requests: number,
  mode: LiveMode,
): LiveTo {
  let first = s.player.length;
  let player = s.player.append(reseq(s.player, events));
  // A timeline told in beats tells live requests in beats too.
  let beats =
    s.beats.length > 0 || s.player.length === 0
      ? [...s.beats, ...liveBeats(events, first)]
      : s.beats;
  let dropped = s.dropped;
  // Trimmed after appending, so a batch larger than KEEP_EVENTS is bounded too.
  if (player.length > MAX_EVENTS) {
    const trimmed = trimTimeline(player, KEEP_EVENTS);
    player = trimmed.player;
    dropped += trimmed.droppedRequests;
    first = Math.max(0, first - trimmed.droppedEvents);
    beats = shiftBeats(beats, trimmed.droppedEvents);
  }
  const rush = mode === 'rush';
  const byBeats = stepsByBeat({ details: s.details, beats });
  return {
    player,
    dropped,
    beats,
    length: player.length,
    version: s.version + 1,
    live: s.live + requests,
    range: null,
    // In a rush, the newest request's end (the last event: its last beat's end).
    // Otherwise by beat the figure plays from where the timeline was (the new
    // beats in order); by event, from the first new event.
    step: rush ? player.length - 1 : byBeats ? first - 1 : first,
    goal: null,
    playing: !rush,
    rush,
  };
}
