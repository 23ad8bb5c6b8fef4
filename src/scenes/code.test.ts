/**
 * The code panel's line map, checked against real traces: every event of
 * every scene's script (plus a few live requests sent into the scene) must
 * highlight a line whose text fits what the event is, or no line where none
 * of the listing runs. The expectations are patterns on the line's *text*,
 * so a map pointing one line off fails.
 */
import { describe, expect, it } from 'vitest';
import { startScenario } from '../sim/simulator';
import type { HttpRequest, SceneId, TraceEvent } from '../sim/types';
import { arraySource, codeLine, listingOf } from './code';
import { SCENE_ORDER, scenes } from './index';

/** Lines that call into code the listing doesn't show: the running line while that code runs. */
const SERVE = String.raw`(?<!def )serve\(conn, |spawn\(serve, conn|\.switch\(\)`;
const CALLS = String.raw`${SERVE}|result = app\(environ, start_response\)|below\(environ, start_response\)|below\(environ, start\)|response\(environ, start_response\)|full_dispatch_request|get_response\(request\)|DispatcherMiddleware\(|spawn\(serve|\.switch\(\)`;
/** The same while the server iterates the body (the app call has returned by then). */
const ITERATING = String.raw`${SERVE}|for data in result|below\(environ, start_response\)|below\(environ, start\)|\.switch\(\)|spawn\(serve`;

const re = (s: string) => new RegExp(s);
const or = (s: string) => re(`${s}|${CALLS}`);

/** nginx's own events, in an nginx listing. */
function nginxRule(e: TraceEvent): RegExp | null {
  switch (e.type) {
    case 'http.parse':
      return e.actor === 'proxy' ? /server_name/ : null;
    case 'web.static':
      return /try_files/;
    case 'proxy.forward':
      return /proxy_pass/;
    case 'proxy.buffer':
      return e.body === 'request'
        ? /proxy_request_buffering|proxy_pass/
        : /proxy_buffering|proxy_pass/;
    case 'proxy.upstream_error':
      return /proxy_pass|proxy_read_timeout/;
    default:
      return null;
  }
}

function workRule(code: string): RegExp {
  switch (code) {
    case 'work.push_context':
      return or(String.raw`ctx\.push\(\)`);
    case 'work.match_url':
      return or(String.raw`ctx\.push\(\)|\.match\(`);
    case 'work.format_part':
      return re(String.raw`part \{i\}|${ITERATING}`);
    case 'work.wait_part':
      return re(String.raw`sleep\(|${ITERATING}`);
    case 'work.compute':
      return or(String.raw`sum\(`);
    case 'work.db_query':
      return or(String.raw`execute\(|objects\.get`);
    case 'work.sleep':
      return or(String.raw`time\.sleep`);
    case 'work.divide':
      return or(String.raw`1 / 0`);
    case 'work.render':
      return or('render');
    case 'work.serialise_environ':
      return or(String.raw`json|environ\)`);
    case 'work.gzip':
    case 'work.xslt':
      return or('transform');
    case 'work.stat_file':
    case 'work.read_file':
      return or(String.raw`self\.answer`);
    case 'work.resolve_url':
      return or('urlpatterns');
    case 'work.build_request':
      return or('WSGIRequest');
    default:
      return re(CALLS);
  }
}

function appStepRule(e: Extract<TraceEvent, { type: 'app.step' }>): RegExp {
  switch (e.note.code) {
    case 'app.context_pushed':
      return or(String.raw`ctx\.push\(\)`);
    case 'app.route':
      return or(String.raw`\.route\(|ctx\.push\(\)`);
    case 'app.view':
      return or(String.raw`^\s*def \w+\(`);
    case 'app.teardown':
      return or(String.raw`ctx\.pop\(\)`);
    case 'app.template':
      return or('render');
    case 'app.environ_json':
      return or('json');
    case 'app.signal':
      return or(e.note.signal === 'request_started' ? 'request_started' : 'request_finished');
    case 'app.django_request':
      return or('WSGIRequest');
    case 'app.resolve':
    case 'app.append_slash':
    case 'app.no_pattern':
      return or('urlpatterns');
    case 'python.start_response':
      return or(String.raw`(?<!def )start_response\("`);
    default:
      return re(CALLS);
  }
}

/** What the highlighted line of a Python listing must say at this event; null: no line. */
function pythonRule(e: TraceEvent): RegExp | null {
  switch (e.type) {
    case 'client.send':
    case 'client.receive':
    case 'client.error':
    case 'client.gone':
    case 'listener.enqueue':
    case 'listener.drop':
    case 'web.static':
    case 'proxy.forward':
    case 'proxy.buffer':
    case 'proxy.upstream_error':
    case 'http.reject':
      return null;
    case 'http.parse':
      // nginx reading the request runs none of the Python; the WSGI server reading it does.
      return e.actor === 'proxy' ? null : re(String.raw`build_environ|${SERVE}`);
    case 'listener.accept':
    case 'worker.queue':
      return /\.accept\(\)/;
    case 'process.spawn':
      return e.role === 'master' ? /create_server/ : /os\.fork\(\)/;
    case 'process.exit':
      return e.reason === 'crashed' || e.reason === 'killed' ? /os\.wait\(\)/ : /os\._exit\(/;
    case 'thread.assign':
      return re(String.raw`submit\(|def serve\(conn|sock\.close\(\)|${SERVE}`);
    case 'thread.release':
      return /conn\.close\(\)/;
    case 'gil.acquire':
    case 'gil.release':
      return re(String.raw`sum\(|execute\(|time\.sleep|${SERVE}`);
    case 'loop.stall':
      return /time\.sleep/;
    case 'work.cpu':
    case 'work.io':
      return workRule(e.work.code);
    case 'wsgi.environ':
      return re(String.raw`environ = build_environ|${SERVE}`);
    case 'wsgi.call':
      return re(String.raw`result = app\(environ, start_response\)|${SERVE}`);
    case 'wsgi.start_response':
      return e.excInfo
        ? re(String.raw`sys\.exc_info\(\)|${SERVE}`)
        : re(
            String.raw`state\["status"\], state\["headers"\] = status|(?<!def )start_response\(|response\(environ, start_response\)|${SERVE}`,
          );
    case 'wsgi.headers_sent':
      return re(String.raw`send_head\(|${SERVE}`);
    case 'wsgi.chunk':
      return re(String.raw`${e.bytes === 0 ? 'if data:' : String.raw`write\(data\)`}|${SERVE}`);
    case 'wsgi.write':
      return re(String.raw`def write|${SERVE}`);
    case 'wsgi.close':
      return re(String.raw`\.close\(\)|${SERVE}`);
    case 'wsgi.error':
      if (e.note.code === 'wsgi.after_headers') return re(String.raw`raise exc_info|${SERVE}`);
      if (e.note.code === 'wsgi.close_raised') return re(String.raw`\.close\(\)|${SERVE}`);
      return re(String.raw`except Exception|${SERVE}`);
    case 'middleware.enter':
      // The learner's own layer (the Python scene shows the default example's).
      if (e.layer === 'python') return or(String.raw`def __call__\(self, environ`);
      if (e.layer === 'gzip') return or('post_processes');
      if (e.layer === 'dispatcher' || e.layer === 'proxyfix') return or(String.raw`rewrite\(`);
      if (e.layer === 'auth' || e.layer === 'static') return or(String.raw`self\.answer\(`);
      return re(CALLS);
    case 'middleware.respond':
      if (e.layer === 'python') return /return start_response\(status, response_headers/;
      if (e.how === 'answer')
        return /start_response\(status, headers\)(\s+#.*)?$|DispatcherMiddleware\(/;
      if (e.how === 'rewrite') return /start_response\(status, headers, head\[2\]\)/;
      return /below\(environ, start_response\)|start_response\(status, headers, head\[2\]\)|DispatcherMiddleware\(/;
    case 'middleware.exit':
      return /\.close\(\)|return body|below\(environ, start_response\)|DispatcherMiddleware\(/;
    case 'app.enter':
      // Entering the app: its WSGI entry point (Django's __call__) or the first thing it does.
      return or(String.raw`request_context|request_started|^\s*def \w+\((self, )?environ`);
    case 'app.exit':
      return or(String.raw`ctx\.pop\(\)|return \[body\]|return response`);
    case 'app.raise':
      return or(String.raw`1 / 0`);
    case 'app.step':
      return appStepRule(e);
  }
}

/**
 * Where the listing has the very line that does it, that line and no
 * enclosing call: `ctx.pop()` for Flask's teardown, the gateway's own lines
 * in the WSGI scene, a view's own `def` and `@route`.
 */
function strictRule(e: TraceEvent): RegExp | null {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  switch (e.type) {
    case 'wsgi.environ':
      return /environ = build_environ/;
    case 'wsgi.call':
      return /result = app\(environ, start_response\)/;
    case 'wsgi.start_response':
      return e.excInfo ? /sys\.exc_info\(\)/ : null;
    case 'wsgi.headers_sent':
      return /send_head\(/;
    case 'wsgi.chunk':
      return e.bytes === 0 ? /if data:/ : /write\(data\)/;
    case 'wsgi.close':
      return /result\.close\(\)/;
    case 'wsgi.error':
      return e.note.code === 'wsgi.after_headers' ? /raise exc_info/ : null;
    case 'work.cpu':
    case 'work.io':
      if (e.work.code === 'work.push_context' || e.work.code === 'work.match_url')
        return /ctx\.push\(\)/;
      if (e.work.code === 'work.format_part') return /part \{i\}/;
      if (e.work.code === 'work.compute') return /sum\(/;
      if (e.work.code === 'work.sleep') return /time\.sleep/;
      return null;
    case 'app.step':
      switch (e.note.code) {
        case 'app.context_pushed':
          return /ctx\.push\(\)/;
        case 'app.teardown':
          return /ctx\.pop\(\)/;
        case 'app.view':
          return new RegExp(String.raw`^\s*def \w*${esc(e.note.endpoint)}\w*\(`);
        case 'app.route':
          return new RegExp(String.raw`\.route\("${esc(e.note.rule)}"\)`);
        default:
          return null;
      }
    default:
      return null;
  }
}

/** A few live requests too: the learner can send them into any scene. */
const LIVE = ['/stream?parts=2', '/boom', '/hello/ada', '/environ', '/index.html', '/nope'];

function traceOf(scene: SceneId): TraceEvent[] {
  const world = startScenario(scenes[scene].scenario);
  const events = [...world.trace.events];
  for (const path of LIVE) {
    const request: HttpRequest = {
      method: 'GET',
      url: `https://demo.test${path}`,
      headers: [['Host', 'demo.test']],
      body: new Uint8Array(0),
    };
    events.push(...world.handle(request).events);
  }
  return events;
}

const show = (e: TraceEvent) => {
  const { seq, type, actor, ...rest } = e as TraceEvent & Record<string, unknown>;
  return `#${seq} ${type} ${actor} ${JSON.stringify({ ...rest, environ: undefined }).slice(0, 140)}`;
};

describe('the code panel highlights the line that runs', () => {
  for (const scene of SCENE_ORDER) {
    it(`${scene}: every event's line fits the event`, () => {
      const listing = listingOf(scene);
      const events = traceOf(scene);
      const source = arraySource(events);
      const wrong: string[] = [];
      events.forEach((e, i) => {
        const n = codeLine(scene, source, i);
        if (n !== null && (n < 1 || n > listing.lines.length || !Number.isInteger(n))) {
          wrong.push(`${show(e)}\n    → line ${n} does not exist`);
          return;
        }
        const text = n === null ? null : listing.lines[n - 1];
        if (text !== null && /^\s*(#.*)?$/.test(text)) {
          wrong.push(`${show(e)}\n    → line ${n} is blank or a comment`);
          return;
        }
        const rule = listing.lang === 'nginx' ? nginxRule(e) : pythonRule(e);
        if (rule === null) {
          if (text !== null) wrong.push(`${show(e)}\n    → line ${n} "${text}", expected none`);
          return;
        }
        // Where the listing has no line of that kind at all, no line is right.
        const listed = listing.lines.some((l) => !/^\s*#/.test(l) && rule.test(l));
        if (text === null) {
          if (listed) wrong.push(`${show(e)}\n    → no line, expected one like ${rule}`);
          return;
        }
        if (!rule.test(text)) wrong.push(`${show(e)}\n    → line ${n} "${text}", expected ${rule}`);
        // The gateway's own lines count only where the listing is the gateway.
        const gateway = listing.lines.some((l) => /def start_response\(/.test(l));
        const strict =
          listing.lang === 'python' && (gateway || !e.type.startsWith('wsgi.'))
            ? strictRule(e)
            : null;
        const own = strict && listing.lines.some((l) => !/^\s*#/.test(l) && strict.test(l));
        if (strict && own && !strict.test(text))
          wrong.push(`${show(e)}\n    → line ${n} "${text}", expected its own line ${strict}`);
      });
      expect(wrong.slice(0, 12).join('\n')).toBe('');
    });
  }

  it('some line runs at most steps of every scene where Python runs', () => {
    for (const scene of SCENE_ORDER) {
      if (listingOf(scene).lang !== 'python') continue;
      const events = traceOf(scene);
      const source = arraySource(events);
      const python = events
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => /^(wsgi|app|work|middleware)\./.test(e.type));
      const lit = python.filter(({ i }) => codeLine(scene, source, i) !== null);
      expect(lit.length, scene).toBe(python.length);
    }
  });
});

describe('what each listing shows', () => {
  it('the static scene shows nginx, not a WSGI loop', () => {
    const listing = listingOf('static');
    expect(listing.lang).toBe('nginx');
    const text = listing.lines.join('\n');
    expect(text).not.toMatch(/start_response|app\(environ|\.accept\(\)|while True|def /);
    expect(text).toMatch(/root |try_files/);
  });

  it('the event loop shows its own loop; prefork and fork show theirs', () => {
    expect(listingOf('event-loop').lines.join('\n')).toMatch(
      /sel\.select\(\)[\s\S]*for key, events in ready/,
    );
    expect(listingOf('fork').lines.join('\n')).toMatch(
      /accept\(\)[\s\S]*os\.fork\(\)[\s\S]*os\._exit/,
    );
    expect(listingOf('prefork').lines.join('\n')).toMatch(/os\.fork\(\)[\s\S]*os\.wait\(\)/);
  });

  it('no two scenes of different ideas share a listing', () => {
    const ids = [
      'static',
      'fork',
      'prefork',
      'threads',
      'event-loop',
      'reverse-proxy',
      'wsgi',
      'middleware',
      'container',
      'framework',
      'big-picture',
    ] as const;
    const texts = ids.map((id) => listingOf(id).lines.join('\n'));
    expect(new Set(texts).size).toBe(ids.length);
  });

  it('listings stay short and every line fits the panel', () => {
    for (const scene of SCENE_ORDER) {
      const { lines } = listingOf(scene);
      expect(lines.length, scene).toBeLessThanOrEqual(55);
      for (const l of lines) expect(l.length, `${scene}: ${l}`).toBeLessThanOrEqual(72);
    }
  });
});

describe("the WSGI server's code keeps PEP 3333's rules", () => {
  const lines = listingOf('wsgi').lines;
  const find = (r: RegExp) => {
    const i = lines.findIndex((l) => r.test(l));
    expect(i, String(r)).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('marks the headers sent, once, when the first data goes out', () => {
    const check = find(/if not state\["sent"\]:/);
    const send = find(/send_head\(/);
    const mark = find(/state\["sent"\] = True/);
    expect(check < send && send < mark).toBe(true);
  });

  it('sends the headers even when the body ends without a non-empty chunk', () => {
    const loop = find(/for data in result:/);
    const after = lines.findIndex((l, i) => i > loop && /if not state\["sent"\]:/.test(l));
    expect(after).toBeGreaterThan(loop);
    expect(lines[after + 1]).toMatch(/write\(b""\)/);
    expect(lines[find(/if data:/) + 1]).toMatch(/write\(data\)/);
  });

  it('start_response re-raises after the headers went out and replaces them only with exc_info', () => {
    const def = find(/def start_response\(status, headers, exc_info=None\)/);
    const reraise = find(/raise exc_info\[1\]\.with_traceback\(exc_info\[2\]\)/);
    const twice = find(/elif state\["status"\]:/);
    expect(def < reraise && reraise < twice).toBe(true);
    expect(lines[twice + 1]).toMatch(/raise AssertionError/);
  });

  it('closes only a result it got, in a finally, and answers an early error with exc_info', () => {
    const call = find(/result = app\(environ, start_response\)/);
    const inner = lines.findIndex((l, i) => i > call && /^\s+finally:/.test(l));
    const close = find(/result\.close\(\)/);
    expect(call < inner && inner < close).toBe(true);
    expect(lines[close - 1]).toMatch(/if hasattr\(result, "close"\):/);
    // The outer handler comes after the finally that closes: `result` is bound there.
    const handler = find(/except Exception:/);
    expect(handler).toBeGreaterThan(close);
    expect(lines[handler + 1]).toMatch(/start_response\(.*sys\.exc_info\(\)\)/);
  });
});
