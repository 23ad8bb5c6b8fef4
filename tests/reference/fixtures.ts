/** The shape of tests/reference/fixtures.json (written by record.ts). */
export interface RecordedAnswer {
  id: string;
  /** The headers sent besides `Host: demo.test` (and Content-Length with a body), resolved. */
  request: { headers: [string, string][] };
  status: number;
  reason: string;
  headers: [string, string][];
  /** Bytes of the body on the wire (compressed, if it was). */
  bodyBytes: number;
  /** The echo app's environ (JSON bodies), decompressed when gzipped. */
  environ?: Record<string, unknown>;
  /** Any other body, as latin-1 text (cut at 2,000 characters). */
  bodyText?: string;
}

export interface Fixtures {
  recordedAt: string;
  versions: Record<string, string>;
  answers: RecordedAnswer[];
}
