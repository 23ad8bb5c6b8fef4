/**
 * A small hand-written trace for the stage tests: prefork with 2 workers
 * behind nginx, one middleware layer (gzip), a queue of 2, a dropped SYN
 * connection and a crashed worker.
 */
import type { MemoryMap, TraceEvent, TracePayload } from '../../sim/types';

const mem: MemoryMap = { code: 3200, data: 1400, heap: 22000, stack: 136, shared: 26600 };

type Row = [t: number, rid: number | null, payload: TracePayload];

const rows: Row[] = [
  [
    0,
    null,
    {
      type: 'process.spawn',
      actor: 'master',
      pid: 100,
      parent: null,
      role: 'master',
      memory: { ...mem, shared: 0 },
      threads: 1,
    },
  ],
  [
    1,
    null,
    {
      type: 'process.spawn',
      actor: 'master',
      pid: 101,
      parent: 100,
      role: 'worker',
      memory: mem,
      threads: 1,
    },
  ],
  [
    1,
    null,
    {
      type: 'process.spawn',
      actor: 'master',
      pid: 102,
      parent: 100,
      role: 'worker',
      memory: mem,
      threads: 1,
    },
  ],
  [
    10,
    1,
    {
      type: 'client.send',
      actor: 'client:1',
      method: 'GET',
      url: 'https://demo.test/hello/ada',
      headers: [],
      bodyBytes: 0,
    },
  ],
  [
    11,
    1,
    { type: 'http.parse', actor: 'proxy', requestLine: 'GET /hello/ada HTTP/1.1', headerBytes: 40 },
  ],
  [12, 1, { type: 'proxy.forward', actor: 'proxy', upstream: '127.0.0.1:8000' }],
  [13, 1, { type: 'listener.enqueue', actor: 'listener', queue: 1, backlog: 2 }],
  [
    14,
    2,
    {
      type: 'client.send',
      actor: 'client:2',
      method: 'POST',
      url: 'https://demo.test/form',
      headers: [],
      bodyBytes: 10,
    },
  ],
  [15, 2, { type: 'listener.enqueue', actor: 'listener', queue: 2, backlog: 2 }],
  [
    16,
    3,
    {
      type: 'client.send',
      actor: 'client:3',
      method: 'GET',
      url: 'https://demo.test/late',
      headers: [],
      bodyBytes: 0,
    },
  ],
  [
    17,
    3,
    {
      type: 'listener.drop',
      actor: 'listener',
      queue: 2,
      backlog: 2,
      attempt: 1,
      retryInMs: null,
    },
  ],
  [
    18,
    3,
    {
      type: 'client.error',
      actor: 'client:3',
      note: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
    },
  ],
  [20, 1, { type: 'listener.accept', actor: 'proc:101', pid: 101, queue: 1 }],
  [20, 1, { type: 'thread.assign', actor: 'proc:101', pid: 101, tid: 1 }],
  [
    21,
    1,
    {
      type: 'wsgi.environ',
      actor: 'proc:101',
      environ: {
        REQUEST_METHOD: 'GET',
        PATH_INFO: '/hello/ada',
        SERVER_SOFTWARE: 'gunicorn/23.0.0',
      },
    },
  ],
  [22, 1, { type: 'wsgi.call', actor: 'proc:101', app: 'flask' }],
  [
    22,
    1,
    {
      type: 'middleware.enter',
      actor: 'layer:gzip',
      layer: 'gzip',
      index: 0,
      changes: [],
      note: { code: 'gzip.accepted' },
    },
  ],
  [23, 1, { type: 'app.enter', actor: 'app:flask', app: 'flask', mount: '' }],
  [24, 1, { type: 'app.exit', actor: 'app:flask', app: 'flask' }],
  [
    25,
    1,
    {
      type: 'middleware.exit',
      actor: 'layer:gzip',
      layer: 'gzip',
      index: 0,
      note: { code: 'close.buffered' },
    },
  ],
  [
    26,
    1,
    {
      type: 'wsgi.start_response',
      actor: 'proc:101',
      status: '200 OK',
      headers: [['Content-Type', 'text/plain']],
      excInfo: null,
    },
  ],
  [
    27,
    1,
    {
      type: 'wsgi.headers_sent',
      actor: 'proc:101',
      status: '200 OK',
      headers: [['Content-Type', 'text/plain']],
    },
  ],
  [28, 1, { type: 'thread.release', actor: 'proc:101', pid: 101, tid: 1 }],
  [
    29,
    1,
    {
      type: 'client.receive',
      actor: 'client:1',
      status: 200,
      reason: 'OK',
      headers: [],
      bodyBytes: 9,
      bodyPreview: 'Hello ada',
    },
  ],
  [30, null, { type: 'process.exit', actor: 'master', pid: 102, reason: 'crashed' }],
];

export const fixtureEvents: TraceEvent[] = rows.map(
  ([t, rid, payload], seq) => ({ seq, t, rid, ...payload }) as TraceEvent,
);

/** Index of the first event matching, for readable tests. */
export function indexOf(type: TraceEvent['type'], rid: number | null = null): number {
  const i = fixtureEvents.findIndex((e) => e.type === type && (rid === null || e.rid === rid));
  if (i < 0) throw new Error(`no ${type} for ${rid}`);
  return i;
}
