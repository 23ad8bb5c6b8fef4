import { describe, expect, it } from 'vitest';
import { createPlayer, CHECKPOINT_EVERY } from './player';
import type { TraceEvent, TracePayload } from '../sim/types';

const mem = { code: 100, data: 50, heap: 200, stack: 8, shared: 0 };

function trace(payloads: [number | null, TracePayload][]): TraceEvent[] {
  return payloads.map(([rid, p], seq) => ({ ...p, seq, t: seq * 2, rid }) as TraceEvent);
}

/** One request through a prefork worker, then many filler requests. */
function fixture(extra = 0): TraceEvent[] {
  const rows: [number | null, TracePayload][] = [
    [
      null,
      {
        type: 'process.spawn',
        actor: 'master',
        pid: 2,
        parent: 1,
        role: 'worker',
        memory: mem,
        threads: 1,
      },
    ],
    [
      1,
      {
        type: 'client.send',
        actor: 'client:1',
        method: 'GET',
        url: 'https://demo.test/hello?x=1',
        headers: [],
        bodyBytes: 0,
      },
    ],
    [1, { type: 'listener.enqueue', actor: 'listener', queue: 1, backlog: 4 }],
    [1, { type: 'listener.accept', actor: 'proc:2', pid: 2, queue: 0 }],
    [1, { type: 'thread.assign', actor: 'proc:2', pid: 2, tid: 1 }],
    [
      1,
      {
        type: 'wsgi.environ',
        actor: 'proc:2',
        environ: { REQUEST_METHOD: 'GET', PATH_INFO: '/hello' },
      },
    ],
    [
      1,
      {
        type: 'middleware.enter',
        actor: 'layer:proxyfix',
        layer: 'proxyfix',
        index: 0,
        note: { code: 'proxyfix.trusted', headers: ['X-Forwarded-For'] },
        changes: [{ key: 'REMOTE_ADDR', from: undefined, to: '10.0.0.1' }],
      },
    ],
    [1, { type: 'app.enter', actor: 'app:flask', app: 'flask', mount: '' }],
    [
      1,
      {
        type: 'wsgi.start_response',
        actor: 'app:flask',
        status: '200 OK',
        headers: [['Content-Type', 'text/plain']],
        excInfo: null,
      },
    ],
    [
      1,
      {
        type: 'wsgi.headers_sent',
        actor: 'proc:2',
        status: '200 OK',
        headers: [
          ['Content-Type', 'text/plain'],
          ['Server', 'gunicorn'],
        ],
      },
    ],
    [1, { type: 'wsgi.chunk', actor: 'proc:2', index: 0, bytes: 5, preview: 'hello' }],
    [1, { type: 'thread.release', actor: 'proc:2', pid: 2, tid: 1 }],
    [
      1,
      {
        type: 'client.receive',
        actor: 'client:1',
        status: 200,
        reason: 'OK',
        headers: [],
        bodyBytes: 5,
        bodyPreview: 'hello',
      },
    ],
  ];
  for (let i = 0; i < extra; i++) {
    const rid = 2 + i;
    rows.push([
      rid,
      {
        type: 'client.send',
        actor: `client:${rid}`,
        method: 'GET',
        url: `https://demo.test/n/${rid}`,
        headers: [],
        bodyBytes: 0,
      },
    ]);
    rows.push([
      rid,
      {
        type: 'client.error',
        actor: `client:${rid}`,
        note: { code: 'network.connect_timeout', ms: 127_000, syns: 7 },
      },
    ]);
  }
  return trace(rows);
}

describe('player', () => {
  it('places the token where the events say, step by step', () => {
    const p = createPlayer(fixture());
    expect(p.at(-1).order).toEqual([]);
    expect(p.at(2).requests[1].place).toBe('queue');
    expect(p.at(2).queue).toEqual({ length: 1, backlog: 4 });
    expect(p.at(4).processes[2].busy).toEqual({ 1: 1 });
    expect(p.at(6).requests[1].place).toBe('middleware');
    expect(p.at(6).requests[1].environ?.REMOTE_ADDR).toBe('10.0.0.1');
    expect(p.at(6).requests[1].changed).toEqual(['REMOTE_ADDR']);
    expect(p.at(8).requests[1].headersSent).toBe(false);
    expect(p.at(9).requests[1].headersSent).toBe(true);
    const end = p.at(12);
    expect(end.requests[1].done).toBe(true);
    expect(end.processes[2].served).toBe(1);
    expect(end.stats).toEqual({ sent: 1, answered: 1, errors: 0, dropped: 0 });
  });

  it('gives the same state stepping back as going forward (replay, not patch)', () => {
    const events = fixture(3 * CHECKPOINT_EVERY);
    const forward = createPlayer(events);
    const states = [] as string[];
    for (let i = -1; i < forward.length; i++) states.push(JSON.stringify(forward.at(i)));
    const backward = createPlayer(events);
    for (let i = backward.length - 1; i >= -1; i--) {
      expect(JSON.stringify(backward.at(i))).toBe(states[i + 1]);
    }
    const jumps = createPlayer(events);
    for (const i of [150, 3, 200, 64, 63, 65, -1, 400]) {
      const clamped = Math.min(i, events.length - 1);
      expect(JSON.stringify(jumps.at(i))).toBe(states[clamped + 1]);
    }
  });

  it('does not let the UI corrupt the replay by mutating a snapshot', () => {
    const p = createPlayer(fixture());
    const s = p.at(5);
    expect(() => {
      s.requests[1].place = 'done';
    }).toThrow(TypeError);
    expect(() => s.order.push(99)).toThrow(TypeError);
    expect(p.at(6).requests[1].place).toBe('middleware');
    expect(p.at(6).order).toEqual([1]);
  });

  it('appends live events as a new value; the old one is unchanged', () => {
    const events = fixture();
    const p = createPlayer(events.slice(0, 5));
    expect(p.at(100).index).toBe(4);
    const q = p.append(events.slice(5));
    expect(q.length).toBe(events.length);
    expect(q.at(100).requests[1].done).toBe(true);
    expect(p.length).toBe(5);
    expect(p.at(100).index).toBe(4);
    expect(p.at(100).requests[1].done).toBe(false);
    // Appending to the older value again branches off: q keeps its own events.
    const r = p.append(events.slice(5, 6));
    expect(r.length).toBe(6);
    expect(q.length).toBe(events.length);
    expect(q.event(5)).toBe(events[5]);
    expect(JSON.stringify(q.at(q.length - 1))).toBe(
      JSON.stringify(createPlayer(events).at(events.length - 1)),
    );
  });

  it('checkpoints share what did not change between them', () => {
    const events = fixture();
    const copies = Math.ceil((4 * CHECKPOINT_EVERY) / events.length);
    const many = Array.from({ length: copies }, (_, k) =>
      events.map((e) => ({ ...e, rid: e.rid === null ? null : e.rid + k * 100 })),
    ).flat();
    const p = createPlayer(many.map((e, i) => ({ ...e, seq: i })));
    // A checkpoint after the first copy's requests have finished, and the tip.
    const early = p.at(Math.ceil((events.length + 1) / CHECKPOINT_EVERY) * CHECKPOINT_EVERY - 1);
    const late = p.at(p.length - 1);
    const rid = Number(Object.keys(early.requests)[0]);
    // The first request finished early on: later states hold the very same object.
    expect(late.requests[rid]).toBe(early.requests[rid]);
  });
});

describe('responses the web server gives itself', () => {
  it('are sent at once, not stored like a WSGI start_response', () => {
    const events = trace([
      [
        1,
        {
          type: 'client.send',
          actor: 'client:1',
          method: 'GET',
          url: 'https://demo.test/index.html',
          headers: [],
          bodyBytes: 0,
        },
      ],
      [
        1,
        {
          type: 'web.static',
          actor: 'proxy',
          path: '/index.html',
          status: 200,
          contentType: 'text/html',
          bytes: 10,
          etag: '"x"',
        },
      ],
      [
        1,
        {
          type: 'client.receive',
          actor: 'client:1',
          status: 200,
          reason: 'OK',
          headers: [['Content-Type', 'text/html']],
          bodyBytes: 10,
          bodyPreview: '',
        },
      ],
    ]);
    const p = createPlayer(events);
    expect(p.at(0).requests[1].headersSent).toBe(false);
    expect(p.at(1).requests[1].headersSent).toBe(true);
    expect(p.at(2).requests[1].headers).toEqual([['Content-Type', 'text/html']]);
  });
});
