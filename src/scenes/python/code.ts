/**
 * The "Your own Python" listing: the server's side (the harness that calls
 * the learner's code in CPython, after PEP 3333's gateway: wsgiServerCode.ts)
 * and the default example it runs, PEP 3333's Latinator around a small app.
 */
import { defineListing, type Pick } from '../listing';
import type { TraceEvent } from '../../sim/types';
import { wsgiServerPick, wsgiServerSource } from '../wsgiServerCode';

const source =
  wsgiServerSource({
    heading: "The server's side (in CPython, like gunicorn's sync worker)",
    environ: 'the same dict you see',
    except: 'what gunicorn does',
    short: true,
  }) +
  String.raw`
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
  const server = wsgiServerPick(e);
  if (server !== undefined) return server;
  switch (e.type) {
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
