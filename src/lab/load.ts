/**
 * The load, generated once from the seed and fed to every lane: the request
 * templates of each kind, open-loop arrivals, and closed-loop clients whose
 * k-th request is the same in every lane (only its send time differs, since a
 * closed-loop client waits for its previous answer).
 */
import { createRng, type Rng } from '../sim/engine/rng';
import type { HeaderList } from '../sim/types';
import type { LoadMix, LoadSpec } from './types';

export type LoadKind = keyof LoadMix;

export interface RequestTemplate {
  /** Same key = same request for the protocol layer (lean mode caches its steps by it). */
  key: string;
  kind: LoadKind | 'fault';
  method: string;
  /** Path and query. */
  path: string;
  headers: HeaderList;
  body: Uint8Array;
  /** The client's own network time: trickling the body up, reading the answer. */
  uploadMs: number;
  downloadMs: number;
}

export const KINDS: LoadKind[] = ['static', 'fast', 'slow', 'cpu', 'upload', 'slowClient'];

const KIB = 1024;
/** A client's upload speed when it is not a slow client: about 10 MB/s. */
const BYTES_PER_MS = 10_000;

export function template(
  method: string,
  path: string,
  bodyBytes = 0,
  uploadMs = 0,
  downloadMs = 0,
  kind: RequestTemplate['kind'] = 'fault',
): RequestTemplate {
  const headers: HeaderList = [['Host', 'demo.test']];
  if (bodyBytes > 0)
    headers.push(
      ['Content-Type', 'application/octet-stream'],
      ['Content-Length', String(bodyBytes)],
    );
  return {
    key: `${method} ${path} ${bodyBytes}`,
    kind,
    method,
    path,
    headers,
    body: new Uint8Array(bodyBytes),
    uploadMs,
    downloadMs,
  };
}

/** The request templates of each kind (a few variants each, so lean mode's cache stays small). */
export function buildTemplates(): Record<LoadKind, RequestTemplate[]> {
  const t = (kind: LoadKind, method: string, path: string, bytes = 0, up = 0, down = 0) =>
    template(method, path, bytes, up, down, kind);
  return {
    static: ['/style.css', '/logo.svg', '/index.html', '/static/app.js'].map((p) =>
      t('static', 'GET', p),
    ),
    fast: ['/hello/ada', '/hello/grace', '/hello/guido', '/'].map((p) => t('fast', 'GET', p)),
    // 50..500 ms of I/O, 275 ms on average.
    slow: Array.from({ length: 10 }, (_, i) => t('slow', 'GET', `/slow?ms=${50 * (i + 1)}`)),
    // 10..50 ms of Python, 30 ms on average.
    cpu: Array.from({ length: 5 }, (_, i) => t('cpu', 'GET', `/cpu?ms=${10 * (i + 1)}`)),
    // 200 KiB .. 1.2 MiB: the last one is over nginx's client_max_body_size (1 MiB) → 413 at the proxy.
    upload: [200, 400, 600, 800, 900, 1200].map((k) =>
      t('upload', 'POST', '/upload', k * KIB, Math.round((k * KIB) / BYTES_PER_MS)),
    ),
    // A phone on a bad network: 50 KiB trickled over 2–6 s, the answer read over 1 s.
    slowClient: [2000, 4000, 6000].map((ms) =>
      t('slowClient', 'POST', '/upload', 50 * KIB, ms, 1000),
    ),
  };
}

/** Picks a template: kind by the mix's weights, then a variant, both from `rng`. */
export function createPicker(mix: LoadMix, templates: Record<LoadKind, RequestTemplate[]>) {
  const weights = KINDS.map((k) => Math.max(0, Number(mix[k]) || 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return (rng: Rng): RequestTemplate => {
    let kind: LoadKind = 'fast';
    if (total > 0) {
      let r = rng.next() * total;
      for (let i = 0; i < KINDS.length; i++) {
        r -= weights[i];
        if (r < 0 && weights[i] > 0) {
          kind = KINDS[i];
          break;
        }
      }
    }
    const list = templates[kind];
    return list[rng.int(list.length)];
  };
}

/** Open loop: Poisson arrivals at `ratePerSec` over [0, durationMs), each with its template. */
export function openArrivals(
  spec: LoadSpec,
  pick: (rng: Rng) => RequestTemplate,
): { at: number; tpl: RequestTemplate }[] {
  const rng = createRng(spec.seed ^ 0x5eed1ab);
  const out: { at: number; tpl: RequestTemplate }[] = [];
  if (!(spec.ratePerSec > 0)) return out;
  const meanGap = 1000 / spec.ratePerSec;
  for (
    let t = -Math.log(1 - rng.next()) * meanGap;
    t < spec.durationMs;
    t += -Math.log(1 - rng.next()) * meanGap
  ) {
    out.push({ at: Math.round(t * 1000) / 1000, tpl: pick(rng) });
  }
  return out;
}

/** Closed loop: client `i`'s own random stream (its start offset, then its requests in order). */
export function clientRng(seed: number, i: number): Rng {
  return createRng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
}
