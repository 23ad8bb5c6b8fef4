/**
 * The learner's own Python, replayed. CPython answers asynchronously and the
 * engine is synchronous, so the page first runs the request in CPython (with
 * the environ this server will build: src/sim/engine/preview.ts) and records
 * what happened; when the simulated server then calls this app, it replays
 * the recording as real WSGI calls: the same start_response, write(), chunks,
 * exceptions and close(), and an event for each layer of the learner's onion.
 */
import type { EnterNote } from '../notes';
import { utf8 } from '../http/bytes';
import { diffEnviron } from '../wsgi/environ';
import { PyError } from '../wsgi/errors';
import { cpu, emit } from '../wsgi/run';
import type { StartResponse, WriteFn, WsgiApp, WsgiEnviron, WsgiIterable } from '../wsgi/types';
import type { PyException, RecordedEvent, Recording } from './recording';

const ACTOR = 'app:python';
const LAYER_ACTOR = 'layer:python';

/** Bytes from the harness's latin-1 text. */
function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const pyError = (e: PyException | { type: string; message: string }) =>
  new PyError(e.type, e.message);

/** An AssertionError under wsgiref.validate is the validator's: say so before the server sees it. */
function raise(rec: Recording, e: PyException): never {
  if (rec.validate && e.type === 'AssertionError')
    emit({
      type: 'app.step',
      actor: ACTOR,
      app: 'python',
      note: { code: 'python.validate', message: e.message },
    });
  throw pyError(e);
}

/**
 * An app that replays what `find(environ)` recorded; `layers` are the learner's
 * middleware names, outermost first. No recording: 503, "press Run".
 */
export function recordedApp(
  find: (environ: WsgiEnviron) => Recording | null,
  layers: readonly string[],
): WsgiApp {
  return (environ, startResponse) => {
    const rec = find(environ);
    if (!rec) return notLoaded(startResponse);
    if (rec.timedOut) return timedOut(rec.timedOut.ms);
    return replay(rec, startResponse, layers);
  };
}

function notLoaded(startResponse: StartResponse): WsgiIterable {
  emit({ type: 'app.step', actor: ACTOR, app: 'python', note: { code: 'python.not_loaded' } });
  const body = utf8('503 Service Unavailable\n\nNo Python code is loaded yet: press Run.\n');
  startResponse('503 Service Unavailable', [
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Length', String(body.length)],
  ]);
  return [body];
}

/**
 * An endless loop: the worker runs Python until the arbiter kills it; the proxy
 * in front gives up first (proxy_read_timeout) and answers 504.
 */
function timedOut(ms: number): WsgiIterable {
  emit({ type: 'app.enter', actor: ACTOR, app: 'python', mount: '' });
  emit({ type: 'app.step', actor: ACTOR, app: 'python', note: { code: 'python.time_limit', ms } });
  cpu(10 * 60_000, { code: 'work.compute' });
  throw new PyError('SystemExit', '1');
}

function replay(
  rec: Recording,
  startResponse: StartResponse,
  layers: readonly string[],
): WsgiIterable {
  const events = rec.events;
  const violation = rec.violations[0];
  let i = 0;
  let write: WriteFn | null = null;
  const lastRespond = new Map<number | 'app', { status: string; headers: string }>();
  const names = rec.layers ?? layers;
  const name = (who: number) => names[who] ?? `middleware[${who}]`;

  /** One recorded event that is not the server's own: an event in the trace. */
  const layerEvent = (e: RecordedEvent): void => {
    switch (e.t) {
      case 'enter': {
        // What this layer changed in the environ it passes down (as CPython saw both).
        const below = events.slice(i).find((x) => x.t === 'enter');
        const changes = below?.t === 'enter' ? diffEnviron(e.environ, below.environ) : [];
        if (e.who === 'app') emit({ type: 'app.enter', actor: ACTOR, app: 'python', mount: '' });
        else {
          const note: EnterNote = { code: 'python.enter', name: name(e.who) };
          emit({
            type: 'middleware.enter',
            actor: LAYER_ACTOR,
            layer: 'python',
            index: e.who,
            changes,
            note,
          });
        }
        cpu(1, { code: 'work.compute' });
        return;
      }
      case 'respond': {
        const key = { status: e.status, headers: JSON.stringify(e.headers) };
        lastRespond.set(e.who, key);
        if (e.who === 'app') {
          emit({
            type: 'app.step',
            actor: ACTOR,
            app: 'python',
            note: { code: 'python.start_response', status: e.status },
          });
          return;
        }
        const below = lastRespond.get(e.who + 1 < names.length ? e.who + 1 : 'app');
        const how = !below
          ? 'answer'
          : below.status === key.status && below.headers === key.headers
            ? 'pass'
            : 'rewrite';
        emit({
          type: 'middleware.respond',
          actor: LAYER_ACTOR,
          layer: 'python',
          index: e.who,
          status: e.status,
          note: { code: 'python.respond', name: name(e.who), excInfo: e.exc !== null },
          how,
        });
        return;
      }
      case 'raise': {
        const exception = `${e.type}: ${e.message}`;
        if (e.who === 'app') emit({ type: 'app.raise', actor: ACTOR, app: 'python', exception });
        else
          emit({
            type: 'middleware.exit',
            actor: LAYER_ACTOR,
            layer: 'python',
            index: e.who,
            note: { code: 'propagates', exception },
          });
        return;
      }
      case 'return':
        if (e.who === 'app') emit({ type: 'app.exit', actor: ACTOR, app: 'python' });
        return;
      case 'exit':
        if (e.who !== 'app')
          emit({
            type: 'middleware.exit',
            actor: LAYER_ACTOR,
            layer: 'python',
            index: e.who,
            note: { code: 'python.exit', name: name(e.who), chunks: e.chunks, bytes: e.bytes },
          });
        return;
      case 'start_response':
        if (!violation)
          write = startResponse(
            e.status,
            e.headers,
            e.exc ? new PyError('Exception', e.exc) : undefined,
          );
        return;
      case 'write':
        if (!violation) write?.(bytes(e.data));
        return;
      default:
        return;
    }
  };

  /** Plays events until one `stop` accepts (returned, not played); undefined at the end. */
  const playUntil = (stop: (e: RecordedEvent) => boolean): RecordedEvent | undefined => {
    while (i < events.length) {
      const e = events[i++];
      if (stop(e)) return e;
      layerEvent(e);
    }
    return undefined;
  };

  if (violation) {
    // wsgiref.validate objected where no server could catch it (an iterator's __del__):
    // everything the layers did, then the AssertionError the server answers with a 500.
    for (const e of events) if (e.t !== 'server_raise' && e.t !== 'chunk') layerEvent(e);
    emit({
      type: 'app.step',
      actor: ACTOR,
      app: 'python',
      note: { code: 'python.validate', message: violation.message },
    });
    throw pyError(violation);
  }
  if (rec.crashed || rec.fatal) {
    const exception = rec.crashed?.exception ?? `${rec.fatal}: `;
    playUntil(() => false);
    emit({
      type: 'app.step',
      actor: ACTOR,
      app: 'python',
      note: { code: 'python.crashed', exception },
    });
    throw new PyError(exception.split(':')[0], exception.split(': ').slice(1).join(': '));
  }

  const called = playUntil(
    (e) => e.t === 'returned' || (e.t === 'server_raise' && e.phase === 'call'),
  );
  if (called?.t === 'server_raise') {
    playUntil(() => false);
    raise(rec, called);
  }
  const iterateError = events.find((e) => e.t === 'server_raise' && e.phase === 'iterate');
  let done = false;
  return {
    [Symbol.iterator]: () => ({
      next: (): IteratorResult<Uint8Array> => {
        if (done) return { done: true, value: undefined };
        const e = playUntil((x) => x.t === 'chunk' || x.t === 'close');
        if (e?.t === 'chunk') return { done: false, value: bytes(e.data) };
        done = true;
        if (iterateError && iterateError.t === 'server_raise') raise(rec, iterateError);
        return { done: true, value: undefined };
      },
    }),
    close: () => {
      done = true;
      // Past the `close` marker (the iteration may have stopped early): the close-phase events.
      if (i < events.length && events[i - 1]?.t !== 'close') playUntil((x) => x.t === 'close');
      const raised = playUntil((x) => x.t === 'server_raise' && x.phase === 'close');
      playUntil(() => false);
      if (raised?.t === 'server_raise') raise(rec, raised);
    },
  };
}
