/**
 * When live answers join the timeline. The answer itself never waits for
 * this: a request is answered as soon as the world has served it, and the
 * figure catches up afterwards.
 *
 * One request (the form, a console fetch()) joins on the next frame and
 * plays its beats. Requests that keep coming closer than RUSH_GAP_MS apart
 * (a script's loop, a load test) arrive faster than a learner can follow
 * them: that is a rush. From its second request the figure holds still (a
 * badge counts the answers) and the answered requests join the timeline
 * together when the rush is over, RUSH_GAP_MS after the last one; the figure
 * then jumps to the newest (each request still gets its beats on the
 * timeline, to step back through). A long rush joins every RUSH_MAX_WAITING
 * requests, so memory stays bounded.
 *
 * Why hold still: msw answers on the page's main thread, and every change of
 * the figure (a fold of the timeline, a React render, style and layout of the
 * stage) is time a fetch() waits. Joining every 500 ms still cost a rush's
 * round trip about 1.7 times an empty page's.
 */

/** A single live request joins the timeline this long after its answer (one frame). */
export const FLUSH_MS = 16;
/** Live requests arriving closer together than this are a rush; a rush ends after this long without one. */
export const RUSH_GAP_MS = 300;
/** In a long rush, answered requests join the timeline once this many wait. */
export const RUSH_MAX_WAITING = 250;
/** After a rush joined, tokens jump for this long (the figure lands on the newest), then travel again. */
export const RUSH_END_MS = RUSH_GAP_MS;

export interface Pace {
  /** Requests arrived (one turn of them, sent together) at `now` ms. True when this starts a rush. */
  arrive(now: number): boolean;
  /** Whether requests are rushing in (the figure holds still). */
  rushing(): boolean;
  /** Whether what is pending may join now: always outside a rush, and once a rush has been quiet for RUSH_GAP_MS. */
  due(now: number): boolean;
  /** How long to wait, from `now`, before asking `due` again. */
  delay(now: number): number;
  /** What is pending joins now: true when it came in a rush (the rush is over if it was due). */
  flush(now: number): boolean;
  /** A new world: forget the last arrivals. */
  reset(): void;
}

export function createPace(): Pace {
  let lastArrival = -Infinity;
  let rushing = false;
  const due = (now: number) => !rushing || now - lastArrival >= RUSH_GAP_MS;
  return {
    arrive(now) {
      const starts = !rushing && now - lastArrival < RUSH_GAP_MS;
      if (starts) rushing = true;
      lastArrival = now;
      return starts;
    },
    rushing: () => rushing,
    due,
    delay(now) {
      return rushing ? Math.max(FLUSH_MS, lastArrival + RUSH_GAP_MS - now) : FLUSH_MS;
    },
    flush(now) {
      const rush = rushing;
      if (due(now)) rushing = false;
      return rush;
    },
    reset() {
      lastArrival = -Infinity;
      rushing = false;
    },
  };
}
