/**
 * When live answers join the timeline. The answer itself never waits for
 * this: a request is answered as soon as the world has served it, and the
 * figure catches up afterwards.
 *
 * One request (the form, a console fetch()) joins on the next frame and
 * plays its beats. Requests that keep coming closer than RUSH_GAP_MS apart
 * (a script's loop, a load test) arrive faster than a learner can follow
 * them: that is a rush. In a rush they join together at most every
 * RUSH_FLUSH_MS and the figure jumps to the newest one instead of walking
 * every beat of every request (each request still gets its beats on the
 * timeline, to step back through). Animating each of them kept the page's
 * main thread busy, and msw answers on that thread: a fetch() took several
 * times as long as on an empty page.
 */

/** A single live request joins the timeline this long after its answer (one frame). */
export const FLUSH_MS = 16;
/** Live requests arriving closer together than this are a rush. */
export const RUSH_GAP_MS = 300;
/** In a rush, answered requests join the timeline at most this often. */
export const RUSH_FLUSH_MS = 500;
/** A rush is over when nothing joined for this long (the figure animates again). */
export const RUSH_END_MS = RUSH_FLUSH_MS + RUSH_GAP_MS;

export interface Pace {
  /** Requests arrived (one turn of them, sent together) at `now` ms. */
  arrive(now: number): void;
  /** How long to wait, from `now`, before joining what is pending to the timeline. */
  delay(now: number): number;
  /** What is pending joins now: true when it is part of a rush. */
  flush(now: number): boolean;
  /** A new world: forget the last arrivals. */
  reset(): void;
}

export function createPace(): Pace {
  let lastArrival = -Infinity;
  let lastFlush = -Infinity;
  let rushing = false;
  return {
    arrive(now) {
      if (now - lastArrival < RUSH_GAP_MS) rushing = true;
      lastArrival = now;
    },
    delay(now) {
      return rushing ? Math.max(FLUSH_MS, lastFlush + RUSH_FLUSH_MS - now) : FLUSH_MS;
    },
    flush(now) {
      const rush = rushing;
      rushing = false;
      lastFlush = now;
      return rush;
    },
    reset() {
      lastArrival = -Infinity;
      lastFlush = -Infinity;
      rushing = false;
    },
  };
}
