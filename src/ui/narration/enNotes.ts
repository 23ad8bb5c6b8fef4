/**
 * English for every note code. Work notes are phrases (the event sentence
 * wraps them); every other note is a whole sentence.
 */
import type { NoteSentences } from './types';

const bytes = (n: number) => `${n} ${n === 1 ? 'byte' : 'bytes'}`;
const params = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ');

export const enNotes: NoteSentences = {
  // why the web server refused (http.reject)
  'reject.method': (n) =>
    `“${n.method}” is not a valid method: a method is an upper-case token such as GET or POST.`,
  'reject.url': (n) => `“${n.url}” is not an absolute URL the server can parse.`,
  'reject.scheme': (n) =>
    `the scheme “${n.scheme}” is not HTTP: a web server only speaks http and https.`,
  'reject.host': (n) => `“${n.host}” is not a valid host name.`,
  'reject.uri_too_long': (n) =>
    `the request line takes ${bytes(n.bytes)} with its CRLF; it must fit in one buffer of ${n.max} (nginx: large_client_header_buffers).`,
  'reject.header_name': (n) =>
    `the header name “${n.name}” contains characters a header name may not hold.`,
  'reject.header_value': (n) =>
    `the value of the “${n.name}” header contains control characters (such as CR or LF), which could smuggle extra headers.`,
  'reject.header_buffers': (n) =>
    `the request line and headers need more than ${n.buffers} buffers of ${n.max} bytes (nginx: large_client_header_buffers). nginx's page says “Request Header Or Cookie Too Large”; it does not use RFC 6585's 431.`,
  'reject.header_line': (n) =>
    `one header line takes ${bytes(n.bytes)}; each must fit in one buffer of ${n.max} (nginx: large_client_header_buffers). nginx's page says “Request Header Or Cookie Too Large”; it does not use RFC 6585's 431.`,
  'reject.gunicorn_line': (n) =>
    `gunicorn reads request lines of at most ${n.max} bytes (limit_request_line); this one is ${bytes(n.bytes)}. gunicorn answers 400 itself and the app is never called.`,
  'reject.gunicorn_fields': (n) =>
    `gunicorn accepts at most ${n.max} header fields (limit_request_fields); this request has ${n.count}, counting those the proxy added. gunicorn answers 400 itself and the app is never called.`,
  'reject.gunicorn_field_size': (n) =>
    `gunicorn accepts header fields of at most ${n.max} bytes (limit_request_field_size). gunicorn answers 400 itself and the app is never called.`,
  'reject.body_too_large': (n) =>
    `the request body is ${bytes(n.bytes)}; this server accepts at most ${n.max} (nginx: client_max_body_size), so the application never sees it.`,
  // parsing
  'parse.dropped_headers': (n) =>
    `nginx drops the header${n.names.length > 1 ? 's' : ''} ${n.names.join(', ')}: a name with “_” or characters other than letters, digits and “-” is ignored (ignore_invalid_headers), not refused.`,
  'parse.get_body': (n) =>
    `A body on ${n.method} is allowed by HTTP but has no defined meaning; the server reads it and passes it on.`,
  // the proxy's own errors
  'upstream.closed': (n) =>
    `the upstream closed the connection before sending a response header: worker ${n.pid} ${n.fate === 'crashed' ? 'crashed' : 'was killed'}.`,
  'upstream.timeout': (n) =>
    `the upstream sent no response header within proxy_read_timeout (${n.ms} ms). The worker keeps running the request.`,
  'upstream.empty_reply': () =>
    'the upstream closed the connection without sending any response (upstream prematurely closed connection).',
  'upstream.connect_timeout': (n) =>
    `nginx could not connect to ${n.upstream} within proxy_connect_timeout (${n.ms / 1000} s): the WSGI server's listen queue stayed full and dropped all ${n.syns} SYNs (“upstream timed out … while connecting to upstream”). Only a UNIX-socket upstream fails at once, with a 502.`,
  // network errors
  'network.client_closed': () => 'the client closed the connection.',
  'network.reset': (n) =>
    `the connection was reset: worker ${n.pid} ${n.fate === 'crashed' ? 'crashed' : 'was killed'}.`,
  'network.connect_timeout': (n) =>
    `connect() timed out after ${n.ms / 1000} s: the listen queue stayed full and the kernel dropped all ${n.syns} SYNs. No “connection refused”: the client waited, then gave up.`,
  'network.empty_reply': () => 'the server closed the connection without sending a response.',
  // what CPU and I/O time is for
  'work.render': (n) => `render ${n.template}`,
  'work.resolve_url': () => 'resolve the URL',
  'work.build_request': () => 'build the WSGIRequest',
  'work.django_middleware': (n) => `run ${n.name}`,
  'work.serialise_environ': () => 'serialise environ',
  'work.render_page': () => 'render the page',
  'work.build_xml': () => 'build the XML document',
  'work.compute': () => 'CPU-bound work',
  'work.divide': () => 'divide',
  'work.parse_form': () => 'parse the form',
  'work.push_context': () => 'push the request context',
  'work.match_url': () => 'match the URL',
  'work.format_part': (n) => `format part ${n.part}`,
  'work.gzip': () => 'gzip the body',
  'work.xslt': () => 'apply the XSL stylesheet',
  'work.stat_file': () => 'stat() the file',
  'work.db_query': (n) => (n.sql ? `database query “${n.sql}”` : 'database query'),
  'work.sleep': () => 'time.sleep(), not made cooperative',
  'work.read_input': () => 'read wsgi.input',
  'work.wait_part': (n) => `wait for part ${n.part}`,
  'work.read_file': () => 'read the file',
  'work.slow_upload': () => 'read the request body from a slow client',
  'work.slow_download': () => 'write the response to a slow client',
  // inside the apps
  'app.template': (n) => `${n.call}(${n.call === 'render' ? 'request, ' : ''}"${n.template}").`,
  'app.django_request': (n) => `a WSGIRequest for ${n.method} ${n.path} is built from environ.`,
  'app.signal': (n) =>
    n.signal === 'request_started'
      ? 'the request_started signal fires.'
      : 'response.close() fires the request_finished signal.',
  'app.django_middleware': (n) =>
    `${n.name} sees the ${n.phase === 'request' ? 'request on the way in' : 'response on the way out'}.`,
  'app.resolve': (n) =>
    `path("${n.route}") matches ${n.path}${n.args.length ? ` with ${JSON.stringify(n.args)}` : ''}.`,
  'app.append_slash': (n) =>
    `no pattern matches ${n.path}, but ${n.path}/ would: CommonMiddleware's APPEND_SLASH redirects.`,
  'app.no_pattern': (n) => `no URL pattern matches ${n.path}: Http404.`,
  'app.environ_json': (n) => `${n.keys} environ keys go back as JSON.`,
  'app.files_index': () => 'the index page links /static/*.',
  'app.files_missing': (n) =>
    `the app has no page at ${n.path} (static files never reach it): 404.`,
  'app.xml_catalog': () => 'it answers an application/xml catalog.',
  'app.form': (n) =>
    `the form has ${bytes(n.bytes)}, ${n.fields} ${n.fields === 1 ? 'field' : 'fields'} and ${n.files} ${n.files === 1 ? 'file' : 'files'}.`,
  'app.context_pushed': () =>
    'the request context is pushed: request, session and g are bound to this request.',
  'app.no_rule': (n) => `no rule matches ${n.path}: 404 Not Found.`,
  'app.wrong_method': (n) => `${n.path} matches ${n.rule}, but not for ${n.method}: 405.`,
  'app.options': (n) => `${n.rule} answers OPTIONS automatically.`,
  'app.route': (n) => `${n.rule} → ${n.endpoint} ${JSON.stringify(n.params)}.`,
  'app.view': (n) => `the view ${n.endpoint}(${params(n.params)}) runs.`,
  'app.propagate': () =>
    'PROPAGATE_EXCEPTIONS is on (debug/testing): the exception is re-raised to the WSGI server.',
  'app.teardown': (n) =>
    n.when === 'error'
      ? "the request context is popped in wsgi_app's finally, with the error."
      : n.when === 'before_stream'
        ? 'the request context is popped: wsgi_app returns before the server iterates the generator (no stream_with_context).'
        : 'the request context is popped: wsgi_app returns the response iterable.',
  'python.start_response': (n) => `your app calls start_response("${n.status}", headers).`,
  'python.not_loaded': () =>
    'no Python code is loaded yet, so the server answers 503 Service Unavailable. Press Run to load yours.',
  'python.time_limit': (n) =>
    `your code was still running after ${n.ms} ms, so the page stopped CPython and started a fresh one. The worker here stays busy too, until something gives up on it.`,
  'python.crashed': (n) =>
    `CPython itself stopped (${n.exception}): the page restarts it, and the server answers 500.`,
  'python.validate': (n) =>
    `wsgiref.validate caught a break of the WSGI rules: “${n.message}”. The server answers 500.`,
  // middleware, on the way in
  'mount.hit': (n) =>
    `${n.path} matches the mount ${n.mount}: it moves from PATH_INFO to SCRIPT_NAME and the ${n.app} app answers.`,
  'mount.miss': (n) =>
    `${n.path} matches no mount (${n.mounts.join(', ')}) on a whole segment: the default app answers.`,
  'auth.open': (n) => `${n.path} is not protected: the request passes through.`,
  'auth.ok': (n) => `Valid credentials for ${n.user}: REMOTE_USER is set and the app is called.`,
  'auth.denied': (n) =>
    `${n.path} is protected and ${n.user === null ? 'there is no valid Authorization header' : `the password for “${n.user}” is wrong`}: the layer answers 401 and never calls the app.`,
  'errors.guard': () => 'It guards the app: an exception below becomes a 500 page.',
  'gzip.not_accepted': () =>
    'The client did not send Accept-Encoding: gzip, so the layer leaves the response alone.',
  'gzip.accepted': () =>
    'The client accepts gzip: the whole response will be buffered here, then maybe compressed.',
  'profiler.start': () => 'Profiling starts: the app and its whole body run under the profiler.',
  'proxyfix.trusted': (n) =>
    `It trusts ${n.headers.join(', ')} from the proxy in front (the originals are kept in werkzeug.proxy_fix.orig).`,
  'proxyfix.none': () =>
    'No trusted X-Forwarded-* headers: environ describes the proxy, not the client.',
  'static.miss': (n) =>
    `${n.path} is not a file in the exported folder ${n.prefix}: on to the app.`,
  'static.hit': (n) =>
    `${n.path} is in the exported folder: this layer answers and the app is never called.`,
  'xslt.down': () => 'The request passes down unchanged: XSLT works on the response.',
  'python.enter': (n) => `Your ${n.name} is called with environ and a start_response of its own.`,
  // middleware start_response
  // Unchanged is what "passes up" already says: only exc_info is worth a sentence.
  pass: (n) => (n.excInfo ? 'exc_info is passed up with them.' : ''),
  'auth.challenge': () => 'WWW-Authenticate asks the browser for a user name and password.',
  'errors.caught': (n) => `It caught ${n.exception} and calls start_response with exc_info.`,
  'gzip.compressed': (n) =>
    `Compressed ${n.from} → ${bytes(n.to)}; new Content-Length and Content-Encoding: gzip (Paste adds no Vary).`,
  'gzip.encoded': () => 'Not compressed: the body is already encoded.',
  'gzip.type': (n) => `Not compressed: ${n.type || 'no type'} is not text/* or application/*.`,
  'gzip.no_body': () => 'Not compressed: there is no body.',
  'gzip.small': (n) => `Not compressed: only ${bytes(n.bytes)} (the minimum is ${n.min}).`,
  'profiler.result': (n) =>
    `${n.method} ${n.path} took ${n.total} ms (CPU ${n.cpu} ms, waiting on I/O ${n.io} ms); X-Profile-Ms added.`,
  'static.304': () => "The client's copy is current, so no body is sent.",
  'static.200': (n) => `The body is ${bytes(n.bytes)}, with an ETag and Cache-Control.`,
  'xslt.not_xml': (n) =>
    `${n.type || 'No type'} is not XML: the response passes up unchanged, chunk by chunk.`,
  'xslt.done': (n) =>
    `It turned ${bytes(n.from)} of XML into ${bytes(n.to)} of HTML and dropped Content-Length.`,
  'python.respond': (n) =>
    `${n.name} calls the start_response it was given${n.excInfo ? ', with exc_info' : ''}.`,
  // middleware, on the way out
  propagates: (n) => `${n.exception} propagates up through this layer.`,
  'close.passed': () => 'close() is passed to the layer below.',
  'close.buffered': () => 'The app below was already closed after buffering.',
  'close.nothing_below': () => 'It answered without the app: there is nothing below to close.',
  'errors.page_sent': () => 'The error page has been sent.',
  'static.served': () => 'It served a file: close() has nothing below to pass to.',
  'python.exit': (n) =>
    `${n.name} is closed after passing on ${n.chunks} ${n.chunks === 1 ? 'chunk' : 'chunks'} (${bytes(n.bytes)}).`,
  // the WSGI server's errors
  'wsgi.before_headers': (n) =>
    `The app raised ${n.exception} before sending anything, so the server can still answer 500.`,
  'wsgi.after_headers': (n) =>
    `${n.exception} was raised after the headers were sent: the server can only abort the connection, and the client gets a truncated response.`,
  'wsgi.close_raised': (n) => `close() raised ${n.exception}; the server logs it and goes on.`,
  'wsgi.server_failure': (n) => `The WSGI server itself failed: ${n.exception}.`,
  'wsgi.uwsgi_closes': (n) =>
    `An exception before the headers: ${n.exception}. uWSGI logs the traceback and closes the connection without any response.`,
  // the player's troubles
  'trouble.gone': (n) =>
    `the client went away after ${n.afterChunks} ${n.afterChunks === 1 ? 'chunk' : 'chunks'}.`,
  'trouble.raised': (n) => `the app raised ${n.exception}.`,
  'trouble.stuck': (n) =>
    n.readTimeoutMs === null
      ? `the worker is stuck in your code, still running after ${n.ms / 1000} s.`
      : `nginx waited proxy_read_timeout (${n.readTimeoutMs / 1000} s) for the worker, which is stuck in your code.`,
};
