import type { HeaderList } from '../types';

/**
 * A WSGI environ: a mutable dict. Values are strings, booleans, `[1, 0]` for
 * wsgi.version, or objects (wsgi.input, wsgi.errors, server-specific keys).
 */
export type WsgiEnviron = Record<string, unknown>;

/** `write(data)`, the legacy imperative body path returned by start_response. */
export type WriteFn = (data: Uint8Array) => void;

/** `start_response(status, headers, exc_info=None)`. `excInfo` is the caught exception. */
export type StartResponse = (status: string, headers: HeaderList, excInfo?: unknown) => WriteFn;

/** The app's return value: an iterable of bytestrings that may have `close()`. */
export interface WsgiIterable extends Iterable<Uint8Array> {
  close?: () => void;
}

export type WsgiApp = (environ: WsgiEnviron, startResponse: StartResponse) => WsgiIterable;
