/**
 * A `PythonHost` for the panel's tests: its state is set by the test, and
 * `run()` resolves with whatever the test queued (or `{ok: true}`), after
 * going through `loading` the first time like the real one.
 */
import type {
  CodeError,
  LoadProgress,
  PythonHost,
  PythonStatus,
  RunOptions,
  RunResult,
} from '../../python/contract';

export class FakeHost implements PythonHost {
  calls: { code: string; options: RunOptions }[] = [];
  private state: { status: PythonStatus; progress: LoadProgress | null; error: CodeError | null } =
    { status: 'idle', progress: null, error: null };
  private listeners = new Set<() => void>();
  private pending: ((r: RunResult) => void) | null = null;
  /** When set, `run()` waits until `finish()` is called. */
  manual = false;
  next: RunResult = { ok: true, layers: [] };

  status = () => this.state.status;
  // New objects on every call, as the contract allows: the panel must not loop on them.
  progress = () => (this.state.progress ? { ...this.state.progress } : null);
  lastError = () => (this.state.error ? { ...this.state.error } : null);

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(next: Partial<FakeHost['state']>): void {
    this.state = { ...this.state, ...next };
    for (const l of [...this.listeners]) l();
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  run(code: string, options: RunOptions): Promise<RunResult> {
    this.calls.push({ code, options });
    if (!this.manual) return Promise.resolve(this.settle(this.next));
    return new Promise((resolve) => {
      this.pending = resolve;
    });
  }

  finish(result: RunResult = this.next): void {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(this.settle(result));
  }

  private settle(result: RunResult): RunResult {
    this.set({ status: 'ready', progress: null, error: result.ok ? null : result.error });
    return result;
  }
}
