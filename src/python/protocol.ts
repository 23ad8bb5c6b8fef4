/** Messages between the page (bridge.ts) and CPython's Web Worker (worker.ts). */
import type { Environ } from '../sim/types';
import type { Recording } from '../sim/apps/recording';
import type { RunResult } from './contract';

export interface ServeRequest {
  environ: Environ;
  /** The request body, latin-1 (one code unit a byte). */
  body: string;
}

export type ToWorker =
  /** `count`: read the files first to report progress in bytes (the first start only). */
  | { type: 'init'; indexURL: string; sizes: Record<string, number>; count: boolean }
  | { type: 'load'; id: number; code: string; validate: boolean }
  | { type: 'serve'; id: number; request: ServeRequest };

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'loaded'; id: number; result: RunResult }
  | { type: 'served'; id: number; recording: Recording }
  /** CPython itself failed (a fatal error, MemoryError out of wasm memory): restart the worker. */
  | { type: 'crashed'; id: number | null; message: string };
