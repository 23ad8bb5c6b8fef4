/**
 * The WSGI server's side of one request, after PEP 3333's CGI gateway
 * (run_with_cgi), then the two views the scene calls. The code follows the
 * PEP's rule (headers wait for the first non-empty chunk); gunicorn, the
 * server in this scene, sends them on the first item even when it is b''
 * (facts.md §1), which is why the trace shows the headers before chunk 0.
 */
import { defineListing, flaskPick, type Pick } from '../listing';
import type { TraceEvent } from '../../sim/types';

const source = String.raw`
# The WSGI server, after PEP 3333's CGI example
def serve(conn, app):                                     «serve»
    environ = build_environ(conn)    # from the request   «environ»
    state = {"status": None, "headers": None, "sent": False}

    def write(data):                                      «write»
        if not state["sent"]:  # status and headers go first, once
            send_head(conn, state["status"], state["headers"])  «send-head»
            state["sent"] = True
        conn.sendall(data)

    def start_response(status, headers, exc_info=None):
        if exc_info:                 # only to report an error
            try:
                if state["sent"]:  # too late to replace: re-raise
                    raise exc_info[1].with_traceback(exc_info[2])  «reraise»
            finally:
                exc_info = None
        elif state["status"]:
            raise AssertionError("start_response called twice")
        state["status"], state["headers"] = status, headers  «stored»
        return write

    try:
        result = app(environ, start_response)             «call»
        try:
            for data in result:
                if data:  # gunicorn sends the head even for b""  «if-data»
                    write(data)                           «write-data»
            if not state["sent"]:  # empty body: send the head anyway
                write(b"")
        finally:
            if hasattr(result, "close"):
                result.close()       # always, even after an error  «close»
    except Exception:                # wsgiref's handle_error()  «except»
        start_response(ERROR_STATUS, ERROR_HEADERS, sys.exc_info())  «error-start»
        write(ERROR_BODY)            # "500 Internal Server Error"

# The app (Flask-like): the two views this scene calls
@app.route("/stream")                                     «route:/stream»
def stream():  # a generator: runs as the server iterates  «view:stream»
    yield b""                        # nothing to send yet
    for i in range(1, 4):
        time.sleep(0.05)             # wait for part i      «work:work.wait_part»
        yield f"part {i} of 3\n".encode()                 «work:work.format_part»

@app.route("/boom")                                       «route:/boom»
def boom():                                               «view:boom»
    return str(1 / 0)                # ZeroDivisionError    «work:work.divide»
`;

function at(e: TraceEvent): Pick {
  switch (e.type) {
    case 'thread.assign':
      return 'serve';
    case 'wsgi.environ':
      return 'environ';
    case 'wsgi.call':
      return 'call';
    case 'wsgi.start_response':
      return e.excInfo ? 'error-start' : 'stored';
    case 'wsgi.headers_sent':
      return 'send-head';
    case 'wsgi.chunk':
      return e.bytes === 0 ? 'if-data' : 'write-data';
    case 'wsgi.write':
      return 'write';
    case 'wsgi.close':
      return 'close';
    case 'wsgi.error':
      if (e.note.code === 'wsgi.after_headers') return 'reraise';
      if (e.note.code === 'wsgi.close_raised') return 'close';
      return 'except';
    default:
      // The app (and any layer) runs inside `app(environ, start_response)`,
      // except the generator's body, which runs as the server iterates.
      if (
        e.type.startsWith('app.') ||
        e.type.startsWith('middleware.') ||
        e.type.startsWith('work.') ||
        e.type === 'loop.stall'
      )
        return flaskPick(e, 'call');
      return null;
  }
}

export const code = defineListing({
  lang: 'python',
  title: {
    en: 'The WSGI server and the app (PEP 3333)',
    ko: 'WSGI 서버와 앱 (PEP 3333)',
  },
  source,
  at,
});
