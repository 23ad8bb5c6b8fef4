/**
 * The "Your own Python" listing: the server's side (the harness that calls
 * the learner's code in CPython, after PEP 3333's gateway) and the default
 * example it runs, PEP 3333's Latinator around a small app.
 */
import { defineListing, type Pick } from '../listing';
import type { TraceEvent } from '../../sim/types';

const source = String.raw`
# The server's side (in CPython, like gunicorn's sync worker)
def serve(conn, app):                                     «serve»
    environ = build_environ(conn)    # the same dict you see «environ»
    state = {"status": None, "headers": None, "sent": False}

    def write(data):                                      «write»
        if not state["sent"]:  # status and headers go first, once
            send_head(conn, state["status"], state["headers"])  «send-head»
            state["sent"] = True
        conn.sendall(data)

    def start_response(status, headers, exc_info=None):
        if exc_info and state["sent"]:  # too late to replace
            raise exc_info[1].with_traceback(exc_info[2])  «reraise»
        state["status"], state["headers"] = status, headers  «stored»
        return write

    try:
        result = app(environ, start_response)             «call»
        try:
            for data in result:
                if data:  # gunicorn sends the head even for b""  «if-data»
                    write(data)                           «write-data»
            if not state["sent"]:
                write(b"")
        finally:
            if hasattr(result, "close"):
                result.close()       # always, even after an error  «close»
    except Exception:                # what gunicorn does  «except»
        start_response(ERROR_STATUS, ERROR_HEADERS, sys.exc_info())  «error-start»
        write(ERROR_BODY)            # "500 Internal Server Error"

# Your code (the default example)
def app(environ, start_response):                        «app»
    name = environ["QUERY_STRING"].removeprefix("name=") or "world"
    body = f"hello {name} from your own python\n".encode("utf-8")
    start_response("200 OK", [("Content-Type", "text/plain")])  «app-start»
    return [body]                                         «app-return»

class Latinator:                     # PEP 3333's example middleware
    def __call__(self, environ, start_response):          «mw-call»
        def start_latin(status, response_headers, exc_info=None):
            ...                      # drop Content-Length if text/plain
            return start_response(status, response_headers, exc_info)  «mw-start»
        result = self.application(environ, start_latin)
        return LatinIter(result, bool(transform_ok))

class LatinIter:
    def __next__(self):              # each chunk, in Pig Latin  «mw-next»
        return piglatin(self._next().decode()).encode()
    def close(self):
        self._result.close()         # passes close() down  «mw-close»
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
    case 'middleware.enter':
      return 'mw-call';
    case 'middleware.respond':
      return 'mw-start';
    case 'middleware.exit':
      return e.note.code === 'propagates' ? 'call' : 'mw-close';
    case 'app.enter':
      return 'app';
    case 'app.exit':
      return 'app-return';
    case 'app.step':
      return e.note.code === 'python.start_response' ? 'app-start' : 'call';
    case 'app.raise':
    case 'work.cpu':
    case 'work.io':
      return 'call';
    default:
      return null;
  }
}

export const code = defineListing({
  lang: 'python',
  title: { en: 'The server and your code', ko: '서버와 여러분의 코드' },
  source,
  at,
});
