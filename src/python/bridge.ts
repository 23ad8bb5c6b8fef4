/**
 * The page's side of CPython: one Web Worker per bridge, started at the
 * first Run. `run()` loads CPython (progress in bytes), then the learner's
 * code; `serve()` runs one request in it and returns the recording, or,
 * past the time limit, terminates the worker, starts a fresh one, loads the
 * same code again and answers `timedOut`. Every `serve()` resolves: never
 * throws, never hangs.
 */
import type { Recording } from '../sim/apps/recording';
import type { CodeError, LoadProgress, PythonStatus, RunOptions, RunResult } from './contract';
import type { FromWorker, ServeRequest, ToWorker } from './protocol';

/** What the bridge needs of a worker (a DOM Worker, or a stand-in in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((ev: { data: FromWorker }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface BridgeOptions {
  createWorker: () => WorkerPort;
  indexURL: string;
  sizes: Record<string, number>;
  /** A request still running after this long is stopped. */
  timeLimitMs: number;
}

type Pending = { resolve: (m: FromWorker) => void };
/** A request to the worker, before it gets its id. */
type Call =
  Extract<ToWorker, { id: number }> extends infer T
    ? T extends { id: number }
      ? Omit<T, 'id'>
      : never
    : never;

export class PythonBridge {
  private worker: WorkerPort | null = null;
  private ready: Promise<boolean> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private listeners = new Set<() => void>();
  private code: { code: string; validate: boolean } | null = null;
  private _status: PythonStatus = 'idle';
  private _progress: LoadProgress | null = null;
  private _error: CodeError | null = null;
  private _layers: string[] = [];
  /** A fresh worker on its way (after a time-out or crash): requests wait for it. */
  private restarting: Promise<void> | null = null;
  /** The last run's code loaded without error. */
  private loaded = false;
  /** A worker has started before: its files are in the cache. */
  private booted = false;

  constructor(private readonly opts: BridgeOptions) {}

  status = () => this._status;
  progress = () => this._progress;
  lastError = () => this._error;
  /** The learner's middleware names after the last successful run, outermost first. */
  layers = () => this._layers;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private set(changes: {
    status?: PythonStatus;
    progress?: LoadProgress | null;
    error?: CodeError | null;
  }) {
    if (changes.status !== undefined) this._status = changes.status;
    if (changes.progress !== undefined) this._progress = changes.progress;
    if (changes.error !== undefined) this._error = changes.error;
    for (const l of [...this.listeners]) l();
  }

  /** Start a worker and load CPython in it; resolves false if CPython could not load. */
  private boot(): Promise<boolean> {
    if (this.ready) return this.ready;
    const worker = this.opts.createWorker();
    this.worker = worker;
    this.set({ status: 'loading', progress: { loaded: 0, total: 0 } });
    this.ready = new Promise<boolean>((resolve) => {
      worker.onmessage = ({ data }) => {
        switch (data.type) {
          case 'progress':
            this.set({ progress: { loaded: data.loaded, total: data.total } });
            return;
          case 'ready':
            resolve(true);
            return;
          case 'failed':
            resolve(false);
            this.set({
              status: 'error',
              error: { kind: 'crash', pythonType: 'Error', message: data.message, line: null },
            });
            return;
          case 'crashed':
            this.crashed(data.message, data.id);
            return;
          default:
            this.pending.get(data.id)?.resolve(data);
            this.pending.delete(data.id);
        }
      };
      worker.onerror = () => {
        resolve(false);
        this.crashed('the worker failed', null);
      };
    });
    worker.postMessage({
      type: 'init',
      indexURL: this.opts.indexURL,
      sizes: this.opts.sizes,
      count: !this.booted,
    });
    this.booted = true;
    return this.ready;
  }

  /** Throw the worker away; the next call starts a fresh one. */
  private reset(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.resolve({ type: 'crashed', id: null, message: 'restarted' });
  }

  private crashed(message: string, id: number | null): void {
    const p = id !== null ? this.pending.get(id) : undefined;
    // The failed call gets the message, the others (if any) a restart notice.
    if (id !== null) this.pending.delete(id);
    this.reset();
    p?.resolve({ type: 'crashed', id, message });
    this.set({
      status: 'error',
      error: { kind: 'crash', pythonType: message.split(':')[0] || 'Error', message, line: null },
    });
  }

  private call(message: Call, timeoutMs = 0): Promise<FromWorker | 'timeout'> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      this.pending.set(id, {
        resolve: (m) => {
          if (timer) clearTimeout(timer);
          resolve(m);
        },
      });
      if (timeoutMs > 0)
        timer = setTimeout(() => {
          this.pending.delete(id);
          resolve('timeout');
        }, timeoutMs);
      this.worker!.postMessage({ ...message, id } as ToWorker);
    });
  }

  async run(code: string, options: RunOptions): Promise<RunResult> {
    if (this.restarting) await this.restarting;
    this.code = { code, validate: options.validate };
    this.loaded = false;
    if (!(await this.boot())) return { ok: false, error: this._error! };
    this.set({ status: 'loading' });
    const result = await this.loadCode();
    this.loaded = result.ok;
    if (result.ok) {
      this._layers = result.layers;
      this.set({ status: 'ready', error: null });
    } else this.set({ status: 'error', error: result.error });
    return result;
  }

  private async loadCode(): Promise<RunResult> {
    const { code, validate } = this.code!;
    const answer = await this.call({ type: 'load', code, validate });
    if (answer !== 'timeout' && answer.type === 'loaded') return answer.result;
    const message =
      answer === 'timeout' ? 'timeout' : answer.type === 'crashed' ? answer.message : '';
    return { ok: false, error: { kind: 'crash', pythonType: 'Error', message, line: null } };
  }

  /** Code is loaded (or loading again after a restart): requests go through it. */
  hasCode(): boolean {
    return this.loaded;
  }

  /** One request through the loaded code; null when no code is loaded. */
  async serve(request: ServeRequest): Promise<Recording | null> {
    if (this.restarting) await this.restarting;
    if (!this.loaded || !this.code || !this.worker) return null;
    const validate = this.code.validate;
    const answer = await this.call({ type: 'serve', request }, this.opts.timeLimitMs);
    const empty = { events: [], violations: [], errors: '', validate };
    if (answer === 'timeout') {
      this.restart();
      return { ...empty, timedOut: { ms: this.opts.timeLimitMs } };
    }
    if (answer.type === 'served') {
      if (answer.recording.fatal) this.restart();
      return answer.recording;
    }
    this.restart();
    return {
      ...empty,
      crashed: { exception: answer.type === 'crashed' ? answer.message : 'Error: ' },
    };
  }

  /** A fresh worker with the same code (after a time-out, sys.exit() or a crash), in the background. */
  private restart(): void {
    this.reset();
    const code = this.code;
    this.restarting = (async () => {
      if (!code || !(await this.boot())) return;
      const result = await this.loadCode();
      this.loaded = result.ok;
      this.set(result.ok ? { status: 'ready' } : { status: 'error', error: result.error });
    })().finally(() => {
      this.restarting = null;
    });
  }

  dispose(): void {
    this.reset();
    this.listeners.clear();
  }
}
