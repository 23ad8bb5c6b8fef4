/**
 * The app file, written once, and the containers that can run it unchanged:
 * uWSGI here, gunicorn or mod_wsgi as well. The container's loop is its own
 * code (uWSGI's is C), shown as Python.
 */
import type { TraceEvent } from '../../sim/types';
import { defineListing, workerPick, type Around, type Pick } from '../listing';

const source = String.raw`
# app.py: the application, written once
import json
from werkzeug.middleware.dispatcher import DispatcherMiddleware

def echo(environ, start_response):                        «view:echo»
    body = json.dumps(printable(environ), indent=2).encode()  «work:work.serialise_environ»
    start_response("200 OK", [("Content-Type", "application/json"),  «echo-start»
                              ("Content-Length", str(len(body)))])
    return [body]                                         «echo-return»

application = DispatcherMiddleware(echo, {"/flask": flask_app})  «dispatch»

# Any container runs it unchanged:
#   uwsgi --http-socket :8000 --processes 2 --module app:application
#   gunicorn --workers 2 --bind 127.0.0.1:8000 app:application
#   Apache + mod_wsgi: WSGIScriptAlias / /srv/app.py
# and each worker of the container does this (uWSGI's in C):
while True:
    conn, addr = sock.accept()                            «accept»
    serve(conn, application)  # the WSGI part (WSGI scene)  «serve»
`;

function at(e: TraceEvent, around: Around): Pick {
  if (e.type.startsWith('middleware.')) return 'dispatch';
  const echo =
    ('app' in e && e.app === 'echo') ||
    around.seen((o) => o.type === 'app.enter' && o.app === 'echo');
  if (echo) {
    if (e.type === 'app.enter' || (e.type === 'app.step' && e.note.code !== 'app.environ_json'))
      return 'view:echo';
    if (e.type === 'app.step' || e.type === 'work.cpu') return 'work:work.serialise_environ';
    if (e.type === 'wsgi.start_response' && !e.excInfo) return 'echo-start';
    if (e.type === 'app.exit') return 'echo-return';
  }
  // The Flask-like app mounted at /flask is not shown: it runs inside the dispatcher.
  if (e.type.startsWith('app.') || e.type.startsWith('work.')) return 'dispatch';
  return workerPick(e);
}

export const code = defineListing({
  lang: 'python',
  title: { en: 'One app, any container', ko: '앱 하나, 어떤 컨테이너든' },
  source,
  at,
});
