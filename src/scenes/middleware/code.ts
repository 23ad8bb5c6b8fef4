/**
 * The onion: what the scene's five layers have in common, as one class. A
 * layer answers itself (auth's 401, a static file), rewrites environ
 * (the dispatcher's SCRIPT_NAME/PATH_INFO shift), passes straight through,
 * or post-processes the body (gzip and XSLT buffer it, as Paste's gzip does).
 */
import type { TraceEvent } from '../../sim/types';
import { defineListing, runsPython, type Pick } from '../listing';

const source = String.raw`
# The onion: each layer is an app above and a server below
inner = Dispatcher(echo, {"/api": flask, "/docs": xml})
app = Auth(Static(Gzip(XSLT(inner))))
serve(conn, app)  # the WSGI server calls the outermost  «serve»

class Layer:
    def __call__(self, environ, start_response):  # as an app
        answer = self.answer(environ)  # Auth: 401? Static: a file?  «decide»
        if answer:
            status, headers, body = answer
            start_response(status, headers)  # 401, or the file's 200  «answer»
            return body  # the layers below never run  «answer-body»
        self.rewrite(environ)  # Dispatcher: SCRIPT_NAME, PATH_INFO  «rewrite»
        below = self.below(environ)  # Dispatcher: the mounted app
        if not self.post_processes(environ):  # Gzip: not accepted?  «check»
            return below(environ, start_response)  # straight through  «through»
        head, parts = [], []
        def start(status, headers, exc_info=None):  # as a server
            head[:] = [status, headers, exc_info]
            return parts.append  # write() lands in the buffer too
        result = below(environ, start)                    «down»
        try:
            parts.extend(result)  # Gzip, XSLT buffer (as Paste does)
        finally:
            if hasattr(result, "close"):
                result.close()           # close() is passed down  «close»
        status, headers, body = self.transform(head, b"".join(parts))  «transform»
        start_response(status, headers, head[2])  # new Content-Length  «up»
        return [body]
`;

/** Layers that buffer and post-process (the rest pass start_response through). */
const BUFFERS = new Set(['xslt', 'profiler']);

function at(e: TraceEvent): Pick {
  switch (e.type) {
    case 'middleware.enter':
      if (e.layer === 'gzip') return 'check';
      if (BUFFERS.has(e.layer) || e.layer === 'errors') return 'down';
      if (e.layer === 'dispatcher' || e.layer === 'proxyfix') return 'rewrite';
      return 'decide';
    case 'middleware.respond':
      if (e.how === 'answer') return 'answer';
      if (e.how === 'rewrite') return 'up';
      return e.note.code === 'pass' && !BUFFERS.has(e.layer) ? 'through' : 'up';
    case 'middleware.exit':
      if (['close.nothing_below', 'static.served', 'errors.page_sent'].includes(e.note.code))
        return 'answer-body';
      if (e.note.code === 'close.buffered' || BUFFERS.has(e.layer)) return 'close';
      return 'through';
    case 'work.cpu':
      if (e.work.code === 'work.gzip' || e.work.code === 'work.xslt') return 'transform';
      if (e.work.code === 'work.stat_file') return 'decide';
      // A streamed body's parts are made as the server iterates it.
      return e.work.code === 'work.format_part' ? 'serve' : 'through';
    case 'work.io':
      if (e.work.code === 'work.wait_part') return 'serve';
      return e.work.code === 'work.read_file' ? 'decide' : 'through';
    case 'http.parse':
      return e.actor === 'proxy' ? null : 'serve';
    case 'thread.assign':
      return 'serve';
    // The server closes the outermost iterable; each buffering layer passes close() down.
    case 'wsgi.close':
      return 'close';
    default:
      if (e.type.startsWith('wsgi.')) return 'serve';
      // The apps run below the innermost layer's call.
      return runsPython(e) ? 'through' : null;
  }
}

export const code = defineListing({
  lang: 'python',
  title: { en: 'WSGI middleware: the onion', ko: 'WSGI 미들웨어: 양파' },
  source,
  at,
});
