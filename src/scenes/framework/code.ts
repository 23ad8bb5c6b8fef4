/**
 * A Flask-like app and a Django-like app behind one dispatcher: where each
 * framework meets WSGI (Flask.wsgi_app, Django's WSGIHandler.__call__,
 * simplified from their sources) and the view the scene calls.
 */
import type { TraceEvent } from '../../sim/types';
import { defineListing, runsPython, type Around, type Pick } from '../listing';

const source = String.raw`
app = DispatcherMiddleware(flask_app, {"/django": django_app})  «dispatch»
serve(conn, app)                   # the WSGI server (WSGI scene)  «serve»

class Flask:                                   # flask_app.wsgi_app
    def wsgi_app(self, environ, start_response):
        ctx = self.request_context(environ)                «ctx»
        try:
            ctx.push()  # binds request; matches the URL  «push»
            response = self.full_dispatch_request()  # hooks, view  «dispatch-request»
            return response(environ, start_response)  # a WSGI app  «respond»
        finally:
            ctx.pop()  # teardown, before the body is sent  «pop»

@flask_app.route("/hello/<name>")                         «route:/hello/<name>»
def hello(name):                                          «view:hello»
    return render_template("hello.html", name=name)       «render»

class WSGIHandler:                             # django_app
    def __call__(self, environ, start_response):  «dj-call»
        signals.request_started.send(sender=self.__class__)  «started»
        request = WSGIRequest(environ)   # request.META is environ  «request»
        response = self.get_response(request)  # middleware, view  «get-response»
        status = f"{response.status_code} {response.reason_phrase}"
        start_response(status, list(response.items()))     «dj-start»
        return response  # close() sends request_finished  «dj-return»

def article(request, id):                                 «dj-view»
    obj = Article.objects.get(pk=id)                  «db»
    return render(request, "article.html", {"article": obj})  «dj-render»
urlpatterns = [path("articles/<int:id>/", article)]       «urls»
`;

function flask(e: TraceEvent): Pick {
  if (e.type === 'work.cpu' && e.work.code === 'work.push_context') return 'push';
  if (e.type === 'work.cpu' && e.work.code === 'work.match_url') return 'push';
  if (e.type === 'work.cpu' && e.work.code === 'work.render') return 'render';
  if (e.type === 'wsgi.start_response') return 'respond';
  if (e.type === 'app.enter') return 'ctx';
  if (e.type === 'app.exit') return 'pop';
  if (e.type !== 'app.step') return 'dispatch-request';
  switch (e.note.code) {
    case 'app.context_pushed':
      return 'push';
    case 'app.route':
      return [`route:${e.note.rule}`, 'push'];
    case 'app.view':
      return [`view:${e.note.endpoint}`, 'dispatch-request'];
    case 'app.template':
      return 'render';
    case 'app.teardown':
      return 'pop';
    default:
      return 'dispatch-request';
  }
}

function django(e: TraceEvent): Pick {
  if (e.type === 'wsgi.start_response') return 'dj-start';
  if (e.type === 'app.enter') return 'dj-call';
  if (e.type === 'app.exit') return 'dj-return';
  if (e.type === 'work.cpu' || e.type === 'work.io') {
    const w = e.work.code;
    if (w === 'work.build_request') return 'request';
    if (w === 'work.resolve_url') return 'urls';
    if (w === 'work.db_query') return 'db';
    if (w === 'work.render') return 'dj-render';
    return 'get-response';
  }
  if (e.type !== 'app.step') return 'get-response';
  switch (e.note.code) {
    case 'app.signal':
      return e.note.signal === 'request_started' ? 'started' : 'dj-return';
    case 'app.django_request':
      return 'request';
    case 'app.resolve':
      return ['urls'];
    case 'app.template':
      return 'dj-render';
    default:
      return 'get-response';
  }
}

function at(e: TraceEvent, around: Around): Pick {
  if (e.type === 'thread.assign') return 'serve';
  if (e.type.startsWith('middleware.')) return 'dispatch';
  // The server's own error answer, and a streamed body's parts, run in serve().
  if (e.type === 'wsgi.start_response' && e.excInfo) return 'serve';
  if ((e.type === 'work.cpu' || e.type === 'work.io') && /part$/.test(e.work.code)) return 'serve';
  if (!runsPython(e)) return null;
  if (e.type.startsWith('wsgi.') && e.type !== 'wsgi.start_response') return 'serve';
  const inDjango =
    (e.type.startsWith('app.') && 'app' in e && e.app === 'django') ||
    around.seen((o) => o.type === 'app.enter' && o.app === 'django');
  return inDjango ? django(e) : flask(e);
}

export const code = defineListing({
  lang: 'python',
  title: { en: 'Flask and Django meet WSGI', ko: 'Flask와 Django가 WSGI를 만나는 곳' },
  source,
  at,
});
