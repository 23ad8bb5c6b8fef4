/** HTTP messages as the simulated client and servers exchange them. Pure data. */
import type { NetworkNote } from './notes';

/** Header pairs in order, names as sent (case kept), like WSGI's header list. */
export type HeaderList = [string, string][];

export interface HttpRequest {
  method: string;
  /** Absolute URL, e.g. `https://demo.test/hello/ada?x=1`. */
  url: string;
  headers: HeaderList;
  body: Uint8Array;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: HeaderList;
  body: Uint8Array;
  /**
   * Set when the client gets no HTTP response at all (the connection timed
   * out or was reset), and why. `status` is then 0 and the browser's `fetch()` rejects.
   */
  networkError?: NetworkNote;
}
