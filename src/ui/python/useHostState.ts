/**
 * The host's status, progress and last error as one snapshot for React,
 * through `useSyncExternalStore`. The contract does not promise that
 * `progress()` or `lastError()` return the same object twice, so the
 * snapshot is rebuilt only when a value changed (else React would loop).
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CodeError, LoadProgress, PythonHost, PythonStatus } from '../../python/contract';

export interface HostState {
  status: PythonStatus;
  progress: LoadProgress | null;
  error: CodeError | null;
}

const IDLE: HostState = { status: 'idle', progress: null, error: null };
const noop = () => () => {};

export function sameError(a: CodeError | null, b: CodeError | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.kind === b.kind &&
    a.pythonType === b.pythonType &&
    a.message === b.message &&
    a.line === b.line
  );
}

function sameProgress(a: LoadProgress | null, b: LoadProgress | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.loaded === b.loaded && a.total === b.total;
}

export function useHostState(host: PythonHost | null): HostState {
  const last = useRef<HostState>(IDLE);
  const subscribe = useCallback(
    (listener: () => void) => (host ? host.subscribe(listener) : noop()),
    [host],
  );
  const snapshot = useCallback((): HostState => {
    if (!host) return IDLE;
    const next: HostState = {
      status: host.status(),
      progress: host.progress(),
      error: host.lastError(),
    };
    const prev = last.current;
    if (
      prev.status === next.status &&
      sameProgress(prev.progress, next.progress) &&
      sameError(prev.error, next.error)
    )
      return prev;
    last.current = next;
    return next;
  }, [host]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
