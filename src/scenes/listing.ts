/**
 * A scene's code listing: the code that runs in that scene (Python, or the
 * nginx configuration where no Python runs), and which of its lines runs at
 * each trace event. Each scene writes its own in `<id>/code.ts`; `./code.ts`
 * collects them by scene id.
 *
 * A listing is written as plain text; a line that some event highlights ends
 * with an anchor, `«name»`, which is stripped from what the learner sees. The
 * line map answers with anchor names, never numbers, so editing the text can't
 * shift a highlight onto the wrong line. Pure data and pure functions.
 */
import type { Lang } from '../content/names';
import type { SceneId, TraceEvent } from '../sim/types';

/** What the line map may read besides the event: the trace around it. */
export interface EventSource {
  readonly length: number;
  event(index: number): TraceEvent;
}

/** The same request's neighbours of the current event (GIL hand-overs skipped). */
export interface Around {
  prev(): TraceEvent | undefined;
  next(): TraceEvent | undefined;
  /** Whether an earlier event of the same request matches. */
  seen(match: (e: TraceEvent) => boolean): boolean;
}

/** Anchors to try, first present wins; null: no line of this listing runs. */
export type Pick = string | readonly string[] | null;

export interface ListingDef {
  lang: 'python' | 'nginx';
  /** What the listing is, shown above it. */
  title: Record<Lang, string>;
  source: string;
  at(e: TraceEvent, around: Around): Pick;
}

export interface Listing {
  lang: 'python' | 'nginx';
  title: Record<Lang, string>;
  lines: readonly string[];
  /** 1-based line number of an anchor (throws on an unknown one: a typo is a bug). */
  lineOf(anchor: string): number;
  has(anchor: string): boolean;
  /** The line that runs at `source.event(index)`, 1-based, or null. */
  line(source: EventSource, index: number): number | null;
}

const ANCHOR = /\s*«([\w:./<>-]+)»\s*$/;
/** How far to look for a request's neighbours (a request's events lie close together). */
const REACH = 400;

export function defineListing(def: ListingDef): Listing {
  const raw = def.source
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const anchors = new Map<string, number>();
  const lines = raw.map((text, i) => {
    const m = ANCHOR.exec(text);
    if (!m) return text.trimEnd();
    if (anchors.has(m[1])) throw new Error(`listing: anchor «${m[1]}» appears twice`);
    anchors.set(m[1], i + 1);
    return text.slice(0, m.index).trimEnd();
  });
  const resolve = (pick: Pick): number | null => {
    if (pick === null) return null;
    for (const a of typeof pick === 'string' ? [pick] : pick) {
      const n = anchors.get(a);
      if (n !== undefined) return n;
    }
    return null;
  };
  const listing: Listing = {
    lang: def.lang,
    title: def.title,
    lines,
    has: (a) => anchors.has(a),
    lineOf(a) {
      const n = anchors.get(a);
      if (n === undefined) throw new Error(`listing: no anchor «${a}»`);
      return n;
    },
    line(source, index) {
      if (index < 0 || index >= source.length) return null;
      const e = source.event(index);
      if (isGil(e)) {
        // A thread takes or drops the GIL in the middle of whatever it runs:
        // before an I/O wait it drops it at the call that waits; otherwise it
        // is where it was (the compute loop, or the start/end of serve()).
        const next = scanIndex(source, index, 1);
        if (e.type === 'gil.release' && next !== null && source.event(next).type === 'work.io')
          return resolve(def.at(source.event(next), aroundOf(source, next)));
        // Taking it to start a request: the thread's first line is the next event's.
        const prev = scanIndex(source, index, -1);
        const starts =
          prev !== null && /^(thread\.assign|listener\.accept)$/.test(source.event(prev).type);
        const at = prev === null || starts ? (next ?? prev) : prev;
        return at === null ? null : resolve(def.at(source.event(at), aroundOf(source, at)));
      }
      return resolve(def.at(e, aroundOf(source, index)));
    },
  };
  return listing;
}

function sameRequest(a: TraceEvent, b: TraceEvent): boolean {
  return a.rid !== null && a.rid === b.rid;
}

const isGil = (e: TraceEvent) => e.type === 'gil.acquire' || e.type === 'gil.release';

/** The index of the same request's nearest event in `step`'s direction (GIL events skipped). */
function scanIndex(source: EventSource, index: number, step: 1 | -1): number | null {
  const e = source.event(index);
  for (let i = index + step, n = 0; i >= 0 && i < source.length && n < REACH; i += step, n++) {
    const o = source.event(i);
    if (sameRequest(o, e) && !isGil(o)) return i;
  }
  return null;
}

export function aroundOf(source: EventSource, index: number): Around {
  const e = source.event(index);
  const scan = (step: 1 | -1): TraceEvent | undefined => {
    const i = scanIndex(source, index, step);
    return i === null ? undefined : source.event(i);
  };
  return {
    prev: () => scan(-1),
    next: () => scan(1),
    seen(match) {
      for (let i = index - 1, n = 0; i >= 0 && n < REACH; i--, n++) {
        const o = source.event(i);
        if (!sameRequest(o, e)) continue;
        if (match(o)) return true;
        if (o.type === 'client.send') return false;
      }
      return false;
    },
  };
}

/** A trace as an EventSource (tests, and callers holding a plain array). */
export function arraySource(events: readonly TraceEvent[]): EventSource {
  return { length: events.length, event: (i) => events[i] };
}

// ---------------------------------------------------------------- shared pieces of line maps

/** Python runs at this event (in a worker: the WSGI server, a layer or the app). */
export function runsPython(e: TraceEvent): boolean {
  return (
    e.type.startsWith('wsgi.') ||
    e.type.startsWith('app.') ||
    e.type.startsWith('middleware.') ||
    e.type.startsWith('work.') ||
    e.type === 'loop.stall'
  );
}

/**
 * nginx's part of a request, for listings of nginx's configuration: the
 * request's Host picks the `server` block, the path picks a `location`.
 */
export function nginxPick(e: TraceEvent): Pick {
  switch (e.type) {
    case 'http.parse':
      return e.actor === 'proxy' ? 'nginx:host' : null;
    case 'web.static':
      return e.path.startsWith('/static/') ? 'nginx:static-dir' : 'nginx:files';
    case 'proxy.forward':
      return 'nginx:proxy';
    case 'proxy.buffer':
      return [e.body === 'request' ? 'nginx:request-buffering' : 'nginx:buffering', 'nginx:proxy'];
    case 'proxy.upstream_error':
      return [e.note.code === 'upstream.timeout' ? 'nginx:timeout' : 'nginx:proxy', 'nginx:proxy'];
    default:
      return null;
  }
}

/**
 * A Flask-like app's views, for listings that show some of them: anchors
 * `route:<rule>`, `view:<endpoint>` and `work:<code>`; other app events fall
 * back to `fallback` (the line that called the app).
 */
export function flaskPick(e: TraceEvent, fallback: Pick): Pick {
  const or = (a: string): readonly string[] => [a, ...list(fallback)];
  if (e.type === 'app.step' && e.note.code === 'app.route') return or(`route:${e.note.rule}`);
  if (e.type === 'app.step' && e.note.code === 'app.view') return or(`view:${e.note.endpoint}`);
  if (e.type === 'app.raise') return or('work:work.divide');
  if (e.type === 'work.cpu' || e.type === 'work.io') return or(`work:${e.work.code}`);
  if (e.type === 'loop.stall') return or('work:work.sleep');
  return fallback;
}

function list(p: Pick): readonly string[] {
  return p === null ? [] : typeof p === 'string' ? [p] : p;
}

/** Listings by scene id: the compiler checks that every scene has one. */
export type Listings = { [Id in SceneId]: Listing };

/**
 * The usual line map of a Python listing that shows how a worker gets its
 * connections and folds the WSGI part into one `serve(conn, app)` line (the
 * wsgi scene shows that function): anchors `master`, `fork`, `accept`,
 * `assign`, `serve`, `release`, `exit`, `reap`, plus the views' anchors of
 * `flaskPick`. Events of nginx and of the kernel's queue run none of it.
 */
export function workerPick(e: TraceEvent): Pick {
  switch (e.type) {
    case 'process.spawn':
      return e.role === 'master' ? 'master' : 'fork';
    case 'process.exit':
      return e.reason === 'crashed' || e.reason === 'killed' ? 'reap' : 'exit';
    // A gthread worker accepts while its threads are busy and queues the connection itself.
    case 'listener.accept':
    case 'worker.queue':
      return 'accept';
    case 'thread.assign':
      return ['assign', 'serve'];
    case 'thread.release':
      return 'release';
    case 'http.parse':
    case 'http.reject':
      // The WSGI server reading the request itself (no proxy in front), not nginx.
      return e.actor === 'proxy' ? null : 'serve';
    default:
      return runsPython(e) ? flaskPick(e, 'serve') : null;
  }
}
