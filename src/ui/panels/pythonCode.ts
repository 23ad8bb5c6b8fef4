/**
 * The equivalent Python for the running step: a short WSGI server loop (after
 * wsgiref's handler), a middleware, and an app. Each event type maps to the
 * line that does it (null: no Python runs at that step, e.g. the kernel's
 * listen queue or the web server answering a static file).
 */
import type { TraceType } from '../../sim/types';

export const CODE: readonly string[] = [
  '# The WSGI server (simplified)',
  'while True:',
  '    conn, addr = sock.accept()',
  '    environ = build_environ(read_request(conn))',
  '    state = {}',
  '    def start_response(status, headers, exc_info=None):',
  '        state["status"], state["headers"] = status, headers',
  '        return write',
  '    try:',
  '        result = app(environ, start_response)',
  '        for chunk in result:',
  '            if chunk:',
  '                if not state.get("sent"):',
  '                    send_status_and_headers(conn, state)',
  '                conn.sendall(chunk)',
  '    except Exception:',
  '        start_response("500 Internal Server Error", [], sys.exc_info())',
  '    finally:',
  '        if hasattr(result, "close"):',
  '            result.close()',
  '',
  '# A middleware: an app above, a server below',
  'def middleware(environ, start_response):',
  '    environ = adjust(environ)        # e.g. SCRIPT_NAME, PATH_INFO',
  '    if should_answer_itself(environ):',
  '        return short_circuit(start_response)',
  '    return post_process(app(environ, start_response))',
  '',
  '# The application',
  'def app(environ, start_response):',
  '    name = route(environ["PATH_INFO"])',
  '    start_response("200 OK", [("Content-Type", "text/plain")])',
  '    return [f"Hello, {name}!".encode()]',
];

/** 1-based line numbers into CODE. */
export const LINE_FOR: Record<TraceType, number | null> = {
  'client.send': null,
  'client.receive': null,
  'client.error': null,
  'client.gone': 15,
  'http.parse': 4,
  'http.reject': null,
  'web.static': null,
  'proxy.forward': null,
  'proxy.upstream_error': null,
  'proxy.buffer': 15,
  'listener.enqueue': null,
  'listener.drop': null,
  'worker.queue': null,
  'listener.accept': 3,
  'process.spawn': null,
  'process.exit': null,
  'thread.assign': 3,
  'thread.release': null,
  'gil.acquire': null,
  'gil.release': null,
  'work.cpu': 31,
  'work.io': 31,
  'loop.stall': 31,
  'wsgi.environ': 4,
  'wsgi.call': 10,
  'wsgi.start_response': 7,
  'wsgi.chunk': 15,
  'wsgi.headers_sent': 14,
  'wsgi.write': 8,
  'wsgi.close': 20,
  'wsgi.error': 17,
  'middleware.enter': 24,
  'middleware.respond': 26,
  'middleware.exit': 27,
  'app.enter': 30,
  'app.step': 31,
  'app.raise': 31,
  'app.exit': 33,
};

/** `how` refines middleware.respond: only an answering layer runs its own short circuit. */
export function lineFor(type: TraceType | undefined, how?: string): number | null {
  if (type === 'middleware.respond' && (how === 'pass' || how === 'rewrite')) return 27;
  return type ? LINE_FOR[type] : null;
}
