/**
 * The WSGI server's side of one request, after PEP 3333's CGI gateway
 * (run_with_cgi): the listing text and its line map, shared by the scenes that
 * show the server calling an app (wsgi, python). The code follows the PEP's
 * rule (headers wait for the first non-empty chunk); gunicorn, the server in
 * those scenes, sends them on the first item even when it is b'' (facts.md §1),
 * which is why the trace shows the headers before chunk 0.
 */
import type { Pick } from './listing';
import type { TraceEvent } from '../sim/types';

/** The comments that differ from scene to scene. */
export interface ServerNotes {
  /** The listing's first line, a comment saying whose server this is. */
  heading: string;
  /** After `build_environ(conn)`. */
  environ: string;
  /** After `except Exception:`: whose error handling this is. */
  except: string;
  /** Only the exc_info check in start_response (a listing with more of its own below). */
  short?: boolean;
}

/** start_response's checks, as PEP 3333 writes them. */
const CHECKS = String.raw`
        if exc_info:                 # only to report an error
            try:
                if state["sent"]:  # too late to replace: re-raise
                    raise exc_info[1].with_traceback(exc_info[2])  «reraise»
            finally:
                exc_info = None
        elif state["status"]:
            raise AssertionError("start_response called twice")`.slice(1);

const SHORT_CHECKS = String.raw`
        if exc_info and state["sent"]:  # too late to replace
            raise exc_info[1].with_traceback(exc_info[2])  «reraise»`.slice(1);

/** The server's code, as listing text with its anchors (serve, environ, call, close, …). */
export function wsgiServerSource(notes: ServerNotes): string {
  return String.raw`
# ${notes.heading}
def serve(conn, app):                                     «serve»
    environ = build_environ(conn)    # ${notes.environ.padEnd(21)}«environ»
    state = {"status": None, "headers": None, "sent": False}

    def write(data):                                      «write»
        if not state["sent"]:  # status and headers go first, once
            send_head(conn, state["status"], state["headers"])  «send-head»
            state["sent"] = True
        conn.sendall(data)

    def start_response(status, headers, exc_info=None):
${notes.short ? SHORT_CHECKS : CHECKS}
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
    except Exception:                # ${notes.except.padEnd(21)}«except»
        start_response(ERROR_STATUS, ERROR_HEADERS, sys.exc_info())  «error-start»
        write(ERROR_BODY)            # "500 Internal Server Error"
`.replace(/^\n/, '');
}

/** The server's line at `e`; undefined for an event that is not the server's own (the app's, a layer's). */
export function wsgiServerPick(e: TraceEvent): Pick | undefined {
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
      return undefined;
  }
}
