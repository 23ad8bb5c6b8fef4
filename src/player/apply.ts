/**
 * Folds one trace event into a snapshot (mutating it). The player calls this
 * on a private copy, so the UI never sees a half-applied state.
 */
import type { Environ, TraceEvent } from '../sim/types';
import type { Snapshot } from './snapshot';
import { diffKeys, finish, forgetExited, move, pathOf, proc, requestFor } from './requestView';

export function applyEvent(s: Snapshot, e: TraceEvent, index: number = e.seq): void {
  s.index = index;
  s.t = e.t;
  s.event = e;
  const r = requestFor(s, e);
  switch (e.type) {
    case 'client.send':
      if (r) {
        r.method = e.method;
        r.url = e.url;
        r.path = pathOf(e.url);
        r.place = 'client';
        r.startedAt = e.t;
      }
      s.stats.sent += 1;
      break;
    case 'client.receive':
      if (r) {
        r.response = {
          status: e.status,
          reason: e.reason,
          headers: e.headers,
          bodyBytes: e.bodyBytes,
          bodyPreview: e.bodyPreview,
        };
        if (!r.status) r.status = `${e.status} ${e.reason}`;
        // What the client holds is what was sent: its status line and headers.
        r.headersSent = true;
        if (r.headers.length === 0) r.headers = e.headers;
      }
      s.stats.answered += 1;
      if (e.status >= 500) s.stats.errors += 1;
      finish(s, r, e.t);
      break;
    case 'client.error':
      if (r) r.error = e.note;
      s.stats.answered += 1;
      s.stats.errors += 1;
      finish(s, r, e.t);
      break;
    case 'client.gone':
      if (r) r.error = { code: 'trouble.gone', afterChunks: e.afterChunks };
      break;
    case 'http.parse':
      move(r, r?.pid !== null && r?.pid !== undefined ? 'worker' : 'web');
      break;
    case 'http.reject':
      if (r) {
        r.status = `${e.status} ${e.reason}`;
        r.direction = 'out';
        // The web server answers at once: nothing is stored for later.
        r.headersSent = true;
      }
      break;
    case 'web.static':
      if (r) {
        r.status = `${e.status}`;
        r.direction = 'out';
        // The web server answers at once: nothing is stored for later.
        r.headersSent = true;
        r.place = r.pid !== null ? 'worker' : 'web';
      }
      break;
    case 'proxy.forward':
      move(r, 'web');
      break;
    case 'proxy.upstream_error':
      if (r) {
        r.status = `${e.status}`;
        r.direction = 'out';
        r.headersSent = true;
        // Why the proxy answered itself; a worker stuck in the learner's code is the deeper why.
        r.error =
          r.error?.code === 'trouble.stuck' && e.note.code === 'upstream.timeout'
            ? { ...r.error, readTimeoutMs: e.note.ms }
            : e.note;
      }
      move(r, 'web');
      break;
    case 'proxy.buffer':
      move(r, 'web');
      break;
    case 'listener.enqueue':
      s.queue = { length: e.queue, backlog: e.backlog };
      move(r, 'queue');
      break;
    case 'listener.drop':
      s.queue = { length: e.queue, backlog: e.backlog };
      // The SYN is dropped, not refused: the request stays where it was and tries again.
      s.stats.dropped += 1;
      break;
    case 'listener.accept':
      s.queue = { ...s.queue, length: e.queue };
      if (r) r.pid = e.pid;
      move(r, 'worker');
      break;
    case 'worker.queue':
      // Accepted, but waiting inside the worker (gthread) for one of its threads.
      if (r) r.pid = e.pid;
      move(r, 'worker');
      break;
    case 'process.spawn':
      if (!s.processes[e.pid]) s.pids.push(e.pid);
      s.processes[e.pid] = {
        pid: e.pid,
        parent: e.parent,
        role: e.role,
        bornAt: e.t,
        memory: e.memory,
        threads: e.threads,
        busy: {},
        alive: true,
        exitReason: null,
        gil: null,
        gilLast: null,
        served: 0,
        stalledUntil: null,
        doing: {},
        blockedBy: null,
        stalledAt: null,
      };
      break;
    case 'process.exit': {
      const p = proc(s, e.pid);
      if (p) {
        p.alive = false;
        p.exitReason = e.reason;
        p.busy = {};
        p.doing = {};
        p.gil = null;
        forgetExited(s, e.pid);
      }
      break;
    }
    case 'thread.assign': {
      const p = proc(s, e.pid);
      if (p && r) p.busy[e.tid] = r.rid;
      if (p) delete p.doing[e.tid];
      if (r) {
        r.pid = e.pid;
        r.tid = e.tid;
        if (r.place === 'client' || r.place === 'queue' || r.place === 'web') r.place = 'worker';
      }
      break;
    }
    case 'thread.release': {
      const p = proc(s, e.pid);
      if (p) {
        if (p.busy[e.tid] !== undefined) p.served += 1;
        delete p.busy[e.tid];
        delete p.doing[e.tid];
        // The worker's memory after the request: pages shared copy-on-write turn private.
        if (e.memory) p.memory = e.memory;
      }
      if (r && r.place !== 'done') {
        r.place = 'web';
        r.direction = 'out';
      }
      break;
    }
    case 'gil.acquire': {
      const p = proc(s, e.pid);
      if (p) {
        p.gil = p.gilLast = e.tid;
        // Taking the GIL is to run Python (after an I/O wait, too).
        if (p.busy[e.tid] !== undefined) p.doing[e.tid] = 'cpu';
      }
      break;
    }
    case 'gil.release': {
      const p = proc(s, e.pid);
      if (p && p.gil === e.tid) p.gil = null;
      break;
    }
    case 'work.cpu': {
      const p = proc(s, e.pid);
      if (p && p.busy[e.tid] !== undefined) p.doing[e.tid] = 'cpu';
      break;
    }
    case 'work.io': {
      const p = proc(s, e.pid);
      if (p && p.busy[e.tid] !== undefined) {
        // A blocking call in an event loop's process stalls the whole loop (loop.stall comes first).
        const stalls = e.blocking && p.stalledUntil !== null && e.t < p.stalledUntil;
        p.doing[e.tid] = stalls ? 'block' : 'io';
      }
      break;
    }
    case 'loop.stall': {
      const p = proc(s, e.pid);
      if (p) {
        p.stalledUntil = e.t + e.ms;
        p.stalledAt = e.t;
        p.blockedBy = e.work?.code ?? null;
        // The callback that holds the loop: nothing else on it runs until it returns.
        for (const [tid, rid] of Object.entries(p.busy))
          if (rid === e.rid) p.doing[Number(tid)] = 'block';
      }
      break;
    }
    case 'wsgi.environ':
      if (r) {
        r.changed = diffKeys(r.environ, e.environ);
        r.environ = e.environ;
      }
      move(r, 'wsgi');
      break;
    case 'wsgi.call':
      move(r, 'wsgi');
      if (r) r.changed = [];
      break;
    case 'wsgi.start_response':
      if (r) {
        r.status = e.status;
        r.headers = e.headers;
      }
      break;
    case 'wsgi.headers_sent':
      if (r) {
        r.status = e.status;
        r.headers = e.headers;
        r.headersSent = true;
        r.direction = 'out';
      }
      move(r, 'wsgi');
      break;
    case 'wsgi.chunk':
    case 'wsgi.write':
      if (r) {
        r.chunks.push({ bytes: e.bytes, preview: e.preview });
        r.direction = 'out';
      }
      move(r, 'wsgi');
      break;
    case 'wsgi.close':
      if (r) {
        r.direction = 'out';
        r.closed = true;
      }
      move(r, 'wsgi');
      break;
    case 'wsgi.error':
      if (r) r.error = e.note;
      break;
    case 'middleware.enter':
      if (r) {
        r.direction = 'in';
        if (r.environ && e.changes.length > 0) {
          const next: Environ = { ...r.environ };
          for (const c of e.changes) {
            if (c.to === undefined) delete next[c.key];
            else next[c.key] = c.to;
          }
          r.environ = next;
        }
        r.changed = e.changes.map((c) => c.key);
      }
      move(r, 'middleware', e.index);
      break;
    case 'middleware.respond':
      if (r) {
        r.status = e.status;
        r.direction = 'out';
        r.changed = [];
      }
      move(r, 'middleware', e.index);
      break;
    case 'middleware.exit':
      if (r) {
        r.direction = 'out';
        r.changed = [];
      }
      move(r, 'middleware', e.index);
      break;
    case 'app.enter':
    case 'app.step':
      if (r) r.changed = [];
      if (r && e.type === 'app.step' && e.note.code === 'python.time_limit')
        r.error = { code: 'trouble.stuck', ms: e.note.ms, readTimeoutMs: null };
      move(r, 'app');
      break;
    case 'app.raise':
      if (r) r.error = { code: 'trouble.raised', exception: e.exception };
      move(r, 'app');
      break;
    case 'app.exit':
      if (r) r.direction = 'out';
      move(r, 'app');
      break;
    default: {
      const unreachable: never = e;
      throw new Error(`unknown event ${(unreachable as TraceEvent).type}`);
    }
  }
}
