/**
 * The contract between the "Your own Python" scene's engine side (CPython in
 * a Web Worker, the bridge, the session) and its UI (the editor panel).
 * Types only: the engine side implements `PythonHost`, the UI renders it.
 */

/** `document.documentElement.dataset.python` takes these values too. */
export type PythonStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Bytes of CPython (wasm, stdlib) fetched so far, for a progress bar. */
export interface LoadProgress {
  loaded: number;
  /** 0 when unknown. */
  total: number;
}

/** A problem with the learner's code found at Run (not during a request). */
export interface CodeError {
  /** syntax: SyntaxError/IndentationError; import: an exception at import; app: no callable `app`. */
  kind: 'syntax' | 'import' | 'app' | 'crash';
  /** The Python exception's type, e.g. `SyntaxError`, `NameError`. */
  pythonType: string;
  /** The Python message, as Python prints it. */
  message: string;
  /** 1-based line in the learner's code, when Python names one. */
  line: number | null;
}

export interface RunOptions {
  /** Wrap the app in `wsgiref.validate.validator` (on by default). */
  validate: boolean;
}

export type RunResult =
  | {
      ok: true;
      /** The learner's middleware, outermost first (their class/function names). */ layers: string[];
    }
  | { ok: false; error: CodeError };

/**
 * One per widget session in the `python` scene. `run()` loads CPython the
 * first time (progress through `subscribe`), then loads the code; from then
 * on every request this session serves goes through that code.
 */
export interface PythonHost {
  status(): PythonStatus;
  progress(): LoadProgress | null;
  /** The error of the last run, or a crash/restart message. */
  lastError(): CodeError | null;
  /** Calls `listener` on every change of status, progress or error; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  run(code: string, options: RunOptions): Promise<RunResult>;
}
