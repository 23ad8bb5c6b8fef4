import type { HeaderList } from '../types';
import { concat } from '../http/bytes';
import type { StartResponse, WsgiApp, WsgiEnviron } from '../wsgi/types';
import { callBelow, drain, type Layer } from './layer';

export interface Buffered {
  status: string;
  headers: HeaderList;
  excInfo: unknown;
  body: Uint8Array;
}

/**
 * Run the app below to completion, as Paste's gzip and Werkzeug's profiler
 * do: capture start_response, collect write() data and every chunk, and
 * close the iterable (in `finally`, so close() runs on errors too).
 */
export function runBuffered(layer: Layer, inner: WsgiApp, environ: WsgiEnviron): Buffered {
  let stored: Omit<Buffered, 'body'> | null = null;
  const chunks: Uint8Array[] = [];
  const capture: StartResponse = (status, headers, excInfo) => {
    stored = { status, headers: headers.map(([k, v]) => [k, v]), excInfo };
    return (data) => void chunks.push(data);
  };
  const result = callBelow(layer, () => inner(environ, capture));
  try {
    chunks.push(...drain(result));
  } finally {
    result.close?.();
  }
  if (!stored) throw new Error('the application returned without calling start_response()');
  const s = stored as Omit<Buffered, 'body'>;
  return { ...s, body: concat(chunks) };
}
