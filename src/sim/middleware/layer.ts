/** Shared plumbing: every layer is an app to the layer above and a server to the one below. */
import type { MiddlewareKind, MiddlewareSpec } from '../types';
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
  note: string | (() => string),
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
  note: string,
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

export function exitEvent(layer: Layer, note: string): void {
  emit({
    type: 'middleware.exit',
    actor: layer.actor,
    layer: layer.kind,
    index: layer.index,
    note,
  });
}

/** A start_response for the layer below that reports the response passing up unchanged. */
export function passUp(
  layer: Layer,
  upper: StartResponse,
  note = 'passes the status and headers up unchanged',
): StartResponse {
  return (status, headers, excInfo) => {
    respondEvent(layer, status, excInfo ? `${note} (with exc_info)` : note, 'pass');
    return upper(status, headers, excInfo);
  };
}

/** Call the app below; an exception passing through is reported, then propagates. */
export function callBelow(layer: Layer, fn: () => WsgiIterable): WsgiIterable {
  try {
    return fn();
  } catch (e) {
    exitEvent(layer, `${describeError(e)} propagates up through this layer`);
    throw e;
  }
}

/** Pass close() through to the iterable below, then report this layer done. */
export function passClose(
  layer: Layer,
  inner: WsgiIterable,
  note = 'close() passed through to the layer below',
): WsgiIterable {
  return closing(inner, () => exitEvent(layer, note));
}

/** Drain an iterable into one buffer (for layers that must see the whole body). */
export function drain(it: WsgiIterable): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (const chunk of { [Symbol.iterator]: () => it[Symbol.iterator]() }) chunks.push(chunk);
  return chunks;
}
