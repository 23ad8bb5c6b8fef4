/** The timeline's upkeep: renumbering live events and letting go of the oldest ones. */
import { createPlayer, type Player } from '../player/player';
import { produce } from '../player/produce';
import type { Snapshot } from '../player/snapshot';
import type { TraceEvent } from '../sim/types';

/**
 * Live events come from the scene's own world, so their request ids, pids and
 * times already continue the timeline; only `seq` (the index in this
 * timeline) moves when older events were let go.
 */
export function reseq(existing: Player, events: TraceEvent[]): TraceEvent[] {
  return events.map((e, i) => ({ ...e, seq: existing.length + i }));
}

/**
 * Lets go of the oldest events: the kept ones start at a request's first
 * event, and the state before them (minus finished requests) becomes the
 * new player's starting point.
 */
export function trimTimeline(
  player: Player,
  keep: number,
): { player: Player; droppedRequests: number; droppedEvents: number } {
  const from = Math.max(0, player.length - keep);
  let cut = from;
  while (cut < player.length && player.event(cut).type !== 'client.send') cut++;
  // Requests sent together put every client.send first: with none left to start
  // at, cut where the budget says (the summary holds the requests in flight).
  if (cut >= player.length) cut = from;
  if (cut === 0) return { player, droppedRequests: 0, droppedEvents: 0 };
  const summary: Snapshot = produce(player.at(cut - 1), (s) => {
    for (const rid of s.finished) delete s.requests[rid];
    s.order = s.order.filter((rid) => rid in s.requests);
    s.finished = [];
    s.index = -1;
    s.event = null;
  });
  let droppedRequests = 0;
  for (let i = 0; i < cut; i++) if (player.event(i).type === 'client.send') droppedRequests++;
  const kept: TraceEvent[] = [];
  for (let i = cut; i < player.length; i++) kept.push({ ...player.event(i), seq: i - cut });
  return { player: createPlayer(kept, summary), droppedRequests, droppedEvents: cut };
}
