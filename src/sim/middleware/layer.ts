/** Shared plumbing: every layer is an app to the layer above and a server to the one below. */
import type { EnterNote, ExitNote, MiddlewareKind, MiddlewareSpec, RespondNote } from '../types';
import { describeError } from '../wsgi/errors';
import { diffEnviron, snapshotEnviron } from '../wsgi/environ';
import { closing } from '../wsgi/iterable';
import { emit } from '../wsgi/run';
import type { StartResponse, WsgiApp, WsgiEnviron, WsgiIterable } from '../wsgi/types';

export interface Layer {
  kind: MiddlewareKind;
  index: number;
  actor: string;
}

export type LayerFactory<S extends MiddlewareSpec = MiddlewareSpec> = (
  spec: S,
  inner: WsgiApp,
  layer: Layer,
) => WsgiApp;

/** Emit middleware.enter with the environ changes `mutate` makes. */
export function enter(
  layer: Layer,
  environ: WsgiEnviron,
  note: EnterNote | (() => EnterNote),
  mutate: () => void = () => {},
): void {
  const before = snapshotEnviron(environ);
  mutate();
  if (typeof note === 'function') note = note();
  const changes = diffEnviron(before, snapshotEnviron(environ));
  emit({
    type: 'middleware.enter',
    actor: layer.actor,
    layer: layer.kind,
    index: layer.index,
    changes,
    note,
  });
}

export function respondEvent(
  layer: Layer,
  status: string,
  note: RespondNote,
  how: 'pass' | 'answer' | 'rewrite',
): void {
  emit({
    type: 'middleware.respond',
    actor: layer.actor,
    layer: layer.kind,
    index: layer.index,
    status,
    note,
    how,
  });
}

export function exitEvent(layer: Layer, note: ExitNote): void {
  emit({
    type: 'middleware.exit',
    actor: layer.actor,
    layer: layer.kind,
    index: layer.index,
    note,
  });
}

/** A start_response for the layer below that reports the response passing up unchanged. */
export function passUp(layer: Layer, upper: StartResponse): StartResponse {
  return (status, headers, excInfo) => {
    respondEvent(layer, status, { code: 'pass', excInfo: Boolean(excInfo) }, 'pass');
    return upper(status, headers, excInfo);
  };
}

/** Call the app below; an exception passing through is reported, then propagates. */
export function callBelow(layer: Layer, fn: () => WsgiIterable): WsgiIterable {
  try {
    return fn();
  } catch (e) {
    exitEvent(layer, { code: 'propagates', exception: describeError(e) });
    throw e;
  }
}

/** Pass close() through to the iterable below, then report this layer done. */
export function passClose(layer: Layer, inner: WsgiIterable): WsgiIterable {
  return closing(inner, () => exitEvent(layer, { code: 'close.passed' }));
}

/** Drain an iterable into one buffer (for layers that must see the whole body). */
export function drain(it: WsgiIterable): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (const chunk of { [Symbol.iterator]: () => it[Symbol.iterator]() }) chunks.push(chunk);
  return chunks;
}
