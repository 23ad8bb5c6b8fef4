/**
 * What the learner's code did for one request, recorded in CPython by the
 * harness (src/python/harness.py) and replayed by `recordedApp`: the JSON the
 * harness writes, typed. Bytes travel as latin-1 strings (one code unit a byte).
 */
import type { Environ, HeaderList } from '../types';

/** A middleware layer (0 = outermost) or the app. */
export type Who = number | 'app';

export interface PyException {
  type: string;
  message: string;
  /** 1-based line in the learner's code, when the traceback names one. */
  line: number | null;
}

export type RecordedEvent =
  // the tracing shims between the learner's layers
  | { t: 'enter'; who: Who; environ: Environ }
  | { t: 'respond'; who: Who; status: string; headers: HeaderList; exc: string | null }
  | ({ t: 'raise'; who: Who; phase: 'call' | 'iterate' | 'close' } & PyException)
  /** `who` returned its iterable. */
  | { t: 'return'; who: Who }
  /** `who`'s iterable was closed, after passing `chunks` chunks. */
  | { t: 'exit'; who: Who; chunks: number; bytes: number }
  // what the server saw
  | { t: 'start_response'; status: string; headers: HeaderList; exc: string | null }
  | { t: 'write'; data: string }
  | { t: 'returned' }
  | { t: 'chunk'; data: string }
  | { t: 'close' }
  | ({ t: 'server_raise'; phase: 'call' | 'iterate' | 'close' } & PyException);

export interface Recording {
  events: RecordedEvent[];
  /** AssertionErrors wsgiref.validate raised where nobody could catch them (an iterator's __del__). */
  violations: { type: string; message: string }[];
  /** The learner's middleware names, outermost first. */
  layers?: string[];
  /** wsgiref.validate wrapped the learner's code. */
  validate: boolean;
  /** What the code wrote to wsgi.errors (the end of it). */
  errors: string;
  /** SystemExit or KeyboardInterrupt ended the request: CPython's worker restarts. */
  fatal?: string;
  /** Set by the bridge: the code ran past the time limit (`ms`) and CPython was stopped. */
  timedOut?: { ms: number };
  /** Set by the bridge: CPython itself failed during the request (MemoryError, a crash). */
  crashed?: { exception: string };
}

/** The key the scene's committed recordings are filed under: `GET /path?query`. */
export function recordingKey(environ: Record<string, unknown>): string {
  const q = typeof environ.QUERY_STRING === 'string' ? environ.QUERY_STRING : '';
  return `${String(environ.REQUEST_METHOD)} ${String(environ.PATH_INFO)}${q ? `?${q}` : ''}`;
}
