/**
 * The protocol layer is timeless, so every `Date` / `Last-Modified` header uses
 * a fixed virtual clock: the moment the simulated machine booted.
 */
export const SIM_EPOCH_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

/** IMF-fixdate, e.g. `Mon, 06 Jan 2025 09:00:00 GMT` (RFC 9110 §5.6.7). */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** Parse an HTTP date back to ms; NaN when it is not one. */
export function parseHttpDate(text: string): number {
  return Date.parse(text);
}
