/**
 * What line of a listing fits each trace event: patterns on the line's text
 * (never numbers), so a line map pointing one line off fails. The
 * expectations code.test.ts checks every scene's line map against.
 */
import type { TraceEvent } from '../sim/types';

/** Lines that call into code the listing doesn't show: the running line while that code runs. */
const SERVE = String.raw`(?<!def )serve\(conn, |spawn\(serve, conn|\.switch\(\)`;
const CALLS = String.raw`${SERVE}|result = app\(environ, start_response\)|below\(environ, start_response\)|below\(environ, start\)|response\(environ, start_response\)|full_dispatch_request|get_response\(request\)|DispatcherMiddleware\(|spawn\(serve|\.switch\(\)`;
/** The same while the server iterates the body (the app call has returned by then). */
const ITERATING = String.raw`${SERVE}|for data in result|below\(environ, start_response\)|below\(environ, start\)|\.switch\(\)|spawn\(serve`;

const re = (s: string) => new RegExp(s);
const or = (s: string) => re(`${s}|${CALLS}`);

/** nginx's own events, in an nginx listing. */
export function nginxRule(e: TraceEvent): RegExp | null {
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
export function pythonRule(e: TraceEvent): RegExp | null {
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
export function strictRule(e: TraceEvent): RegExp | null {
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
