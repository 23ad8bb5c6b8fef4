/**
 * Every scene's code listing, keyed by scene id (a scene without one does
 * not compile), and the one question the code panel asks: which line runs
 * at this event of this scene's timeline.
 */
import type { SceneId } from '../sim/types';
import type { EventSource, Listing, Listings } from './listing';
import { code as bigPicture } from './big-picture/code';
import { code as container } from './container/code';
import { code as eventLoop } from './event-loop/code';
import { code as fork } from './fork/code';
import { code as framework } from './framework/code';
import { code as loadLab } from './load-lab/code';
import { code as middleware } from './middleware/code';
import { code as prefork } from './prefork/code';
import { code as processVsThread } from './process-vs-thread/code';
import { code as reverseProxy } from './reverse-proxy/code';
import { code as staticFiles } from './static/code';
import { code as threads } from './threads/code';
import { code as wsgi } from './wsgi/code';
import { code as python } from './python/code';

export type { EventSource, Listing } from './listing';
export { arraySource, runsPython } from './listing';

export const listings: Listings = {
  static: staticFiles,
  fork,
  prefork,
  'process-vs-thread': processVsThread,
  threads,
  'event-loop': eventLoop,
  'reverse-proxy': reverseProxy,
  wsgi,
  middleware,
  container,
  framework,
  'big-picture': bigPicture,
  'load-lab': loadLab,
  python,
};

export function listingOf(scene: SceneId): Listing {
  return listings[scene];
}

/** The 1-based line of `scene`'s listing that runs at `events.event(index)`, or null. */
export function codeLine(scene: SceneId, events: EventSource, index: number): number | null {
  return listings[scene].line(events, index);
}
