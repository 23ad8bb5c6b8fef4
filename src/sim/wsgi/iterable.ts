import type { WsgiIterable } from './types';

/**
 * Wrap an iterable so `close()` first closes it (a generator's `finally`
 * runs, like Python's GeneratorExit) and then runs `onClose`.
 */
export function closing(inner: Iterable<Uint8Array>, onClose: () => void): WsgiIterable {
  let iterator: Iterator<Uint8Array> | null = null;
  let closed = false;
  return {
    [Symbol.iterator]() {
      iterator = inner[Symbol.iterator]();
      return { next: () => iterator!.next() };
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        const own = (inner as WsgiIterable).close;
        if (own) own.call(inner);
        else iterator?.return?.();
      } finally {
        onClose();
      }
    },
  };
}

/** Call `close()` if the iterable has one (PEP 3333: the server must). */
export function closeIterable(it: WsgiIterable): void {
  it.close?.();
}
