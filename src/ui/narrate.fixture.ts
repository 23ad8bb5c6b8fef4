/** Test fixtures: one event of every type, and a small realistic trace. Not imported by app code. */
import type { TraceEvent, TraceType } from '../sim/types';

type NoSeq<T> = T extends unknown ? Omit<T, 'seq' | 't'> : never;
const mem = { code: 900, data: 300, heap: 2000, stack: 64, shared: 0 };

/** `Record<TraceType, …>`: the compiler fails here when the union grows. */
export const ONE_OF_EACH: { [K in TraceType]: NoSeq<Extract<TraceEvent, { type: K }>> } = {
  'client.send': { type: 'client.send', actor: 'client:1', rid: 1, method: 'GET', url: 'https://demo.test/hello/ada?x=1', headers: [['Accept', '*/*']], bodyBytes: 0 },
  'client.receive': { type: 'client.receive', actor: 'client:1', rid: 1, status: 200, reason: 'OK', headers: [['Content-Type', 'text/plain']], bodyBytes: 11, bodyPreview: 'Hello, ada!' },
  'client.error': { type: 'client.error', actor: 'client:1', rid: 1, message: 'connection refused' },
  'client.gone': { type: 'client.gone', actor: 'client:1', rid: 1, afterChunks: 1 },
  'http.parse': { type: 'http.parse', actor: 'proxy', rid: 1, requestLine: 'GET /hello/ada?x=1 HTTP/1.1', headerBytes: 120 },
  'http.reject': { type: 'http.reject', actor: 'proxy', rid: 1, status: 413, reason: 'Content Too Large', explanation: 'The body is over 1 MiB.' },
  'web.static': { type: 'web.static', actor: 'proxy', rid: 1, path: '/index.html', status: 200, contentType: 'text/html', bytes: 512, etag: '"abc"' },
  'proxy.forward': { type: 'proxy.forward', actor: 'proxy', rid: 1, upstream: '127.0.0.1:8000' },
  'proxy.upstream_error': { type: 'proxy.upstream_error', actor: 'proxy', rid: 1, status: 502, explanation: 'No upstream answered.' },
  'proxy.buffer': { type: 'proxy.buffer', actor: 'proxy', rid: 1, bytes: 2048 },
  'listener.enqueue': { type: 'listener.enqueue', actor: 'listener', rid: 1, queue: 1, backlog: 8 },
  'listener.refuse': { type: 'listener.refuse', actor: 'listener', rid: 1, queue: 8, backlog: 8 },
  'listener.accept': { type: 'listener.accept', actor: 'proc:12', rid: 1, pid: 12, queue: 0 },
  'process.spawn': { type: 'process.spawn', actor: 'master', rid: null, pid: 12, parent: 11, role: 'worker', memory: mem, threads: 1 },
  'process.exit': { type: 'process.exit', actor: 'proc:12', rid: null, pid: 12, reason: 'recycled' },
  'thread.assign': { type: 'thread.assign', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1 },
  'thread.release': { type: 'thread.release', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1 },
  'gil.acquire': { type: 'gil.acquire', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1 },
  'gil.release': { type: 'gil.release', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1 },
  'work.cpu': { type: 'work.cpu', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1, ms: 5, label: 'render template' },
  'work.io': { type: 'work.io', actor: 'proc:12/thread:1', rid: 1, pid: 12, tid: 1, ms: 40, label: 'database query', blocking: false },
  'loop.stall': { type: 'loop.stall', actor: 'proc:12', rid: 1, pid: 12, ms: 200, waiting: 3 },
  'wsgi.environ': { type: 'wsgi.environ', actor: 'proc:12', rid: 1, environ: { REQUEST_METHOD: 'GET', PATH_INFO: '/hello/ada', SCRIPT_NAME: '', 'wsgi.version': [1, 0] } },
  'wsgi.call': { type: 'wsgi.call', actor: 'proc:12', rid: 1, app: 'app' },
  'wsgi.start_response': { type: 'wsgi.start_response', actor: 'app:echo', rid: 1, status: '200 OK', headers: [['Content-Type', 'text/plain']], excInfo: null },
  'wsgi.chunk': { type: 'wsgi.chunk', actor: 'proc:12', rid: 1, index: 0, bytes: 11, preview: 'Hello, ada!' },
  'wsgi.headers_sent': { type: 'wsgi.headers_sent', actor: 'proc:12', rid: 1, status: '200 OK', headers: [['Content-Type', 'text/plain'], ['Date', 'Mon, 06 Jan 2025 09:00:00 GMT']] },
  'wsgi.write': { type: 'wsgi.write', actor: 'app:echo', rid: 1, bytes: 5, preview: 'Hello' },
  'wsgi.close': { type: 'wsgi.close', actor: 'proc:12', rid: 1, reason: 'done' },
  'wsgi.error': { type: 'wsgi.error', actor: 'proc:12', rid: 1, message: 'ZeroDivisionError: division by zero', phase: 'call' },
  'middleware.enter': { type: 'middleware.enter', actor: 'layer:dispatcher', rid: 1, layer: 'dispatcher', index: 0, changes: [{ key: 'SCRIPT_NAME', from: '', to: '/hello' }, { key: 'PATH_INFO', from: '/hello/ada', to: '/ada' }], note: 'Mounted at /hello.' },
  'middleware.respond': { type: 'middleware.respond', actor: 'layer:auth', rid: 1, layer: 'auth', index: 1, status: '401 Unauthorized', note: '', how: 'answer' },
  'middleware.exit': { type: 'middleware.exit', actor: 'layer:gzip', rid: 1, layer: 'gzip', index: 0, note: 'Compresses the body.' },
  'app.enter': { type: 'app.enter', actor: 'app:flask', rid: 1, app: 'flask', mount: '/hello' },
  'app.step': { type: 'app.step', actor: 'app:flask', rid: 1, app: 'flask', what: 'route matched', detail: '/<name> → hello()' },
  'app.raise': { type: 'app.raise', actor: 'app:flask', rid: 1, app: 'flask', exception: 'ZeroDivisionError' },
  'app.exit': { type: 'app.exit', actor: 'app:flask', rid: 1, app: 'flask' },
};

function at<T extends NoSeq<TraceEvent>>(e: T, seq: number): TraceEvent {
  return { ...e, seq, t: seq * 10 } as TraceEvent;
}

/** One request through a dispatcher middleware into an app and back. */
export function fixtureTrace(): TraceEvent[] {
  const E = ONE_OF_EACH;
  const spec: NoSeq<TraceEvent>[] = [
    E['process.spawn'],
    E['client.send'],
    E['listener.enqueue'],
    E['listener.accept'],
    E['http.parse'],
    E['wsgi.environ'],
    E['wsgi.call'],
    E['middleware.enter'],
    E['app.enter'],
    E['wsgi.start_response'],
    E['app.exit'],
    E['middleware.exit'],
    E['wsgi.headers_sent'],
    E['wsgi.chunk'],
    E['wsgi.close'],
    E['client.receive'],
  ];
  return spec.map((e, i) => at(e, i));
}
