/**
 * The WSGI server's side of one request (wsgiServerCode.ts), then the two
 * views the scene calls.
 */
import { defineListing, flaskPick, type Pick } from '../listing';
import type { TraceEvent } from '../../sim/types';
import { wsgiServerPick, wsgiServerSource } from '../wsgiServerCode';

const source =
  wsgiServerSource({
    heading: "The WSGI server, after PEP 3333's CGI example",
    environ: 'from the request',
    except: "wsgiref's handle_error()",
  }) +
  String.raw`
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
  const server = wsgiServerPick(e);
  if (server !== undefined) return server;
  switch (e.type) {
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
