/**
 * Codes, not prose: what the engine wants a learner to know about an event
 * (why a request was refused, what a layer decided, what a CPU slice is for)
 * as a code with parameters. Each language turns a code into a sentence
 * (src/ui/narration/en.ts, ko.ts), in a record the compiler checks for
 * completeness. Parameters are data: numbers, paths, header names, Python
 * exception text (`ZeroDivisionError: division by zero`), never a sentence.
 */

/** Why the web server refused a request before any Python ran (`http.reject`). */
export type RejectNote =
  | { code: 'reject.method'; method: string }
  | { code: 'reject.url'; url: string }
  | { code: 'reject.scheme'; scheme: string }
  | { code: 'reject.host'; host: string }
  | { code: 'reject.uri_too_long'; bytes: number; max: number }
  | { code: 'reject.header_name'; name: string }
  | { code: 'reject.header_value'; name: string }
  /** The request line and headers need more than `buffers` buffers of `max` bytes (nginx). */
  | { code: 'reject.header_buffers'; buffers: number; max: number }
  /** One header line does not fit in one buffer of `max` bytes (nginx). */
  | { code: 'reject.header_line'; bytes: number; max: number }
  /** gunicorn's own limits (limit_request_line, limit_request_fields, limit_request_field_size). */
  | { code: 'reject.gunicorn_line'; bytes: number; max: number }
  | { code: 'reject.gunicorn_fields'; count: number; max: number }
  | { code: 'reject.gunicorn_field_size'; max: number }
  | { code: 'reject.body_too_large'; bytes: number; max: number };

/** Something worth saying while the request is parsed (`http.parse`). */
export type ParseNote =
  | { code: 'parse.get_body'; method: string }
  /** nginx ignores header names with `_` or other characters (ignore_invalid_headers). */
  | { code: 'parse.dropped_headers'; names: string[] };

/** Why the reverse proxy answered an error itself (`proxy.upstream_error`). */
export type UpstreamNote =
  | { code: 'upstream.closed'; pid: number; fate: 'crashed' | 'killed' }
  | { code: 'upstream.timeout'; ms: number }
  /**
   * proxy_connect_timeout ran out while the upstream's listen queue dropped every SYN
   * (`syns` sent): nginx's 504 "upstream timed out (110: Connection timed out) while connecting".
   */
  | { code: 'upstream.connect_timeout'; upstream: string; ms: number; syns: number }
  /** The upstream closed the connection without a response (uWSGI after an exception). */
  | { code: 'upstream.empty_reply' };

/** Why the client got no HTTP response at all (`client.error`, `HttpResponse.networkError`). */
export type NetworkNote =
  | { code: 'network.client_closed' }
  | { code: 'network.reset'; pid: number; fate: 'crashed' | 'killed' }
  /** The listen queue dropped every SYN (`syns` sent) until the client's connect() gave up after `ms`. */
  | { code: 'network.connect_timeout'; ms: number; syns: number }
  /** The server closed the connection without a single byte of response (uWSGI after an exception). */
  | { code: 'network.empty_reply' };

/** What a stretch of CPU or I/O is for (`work.cpu`, `work.io`). */
export type WorkNote =
  | { code: 'work.render'; template: string }
  | { code: 'work.resolve_url' }
  | { code: 'work.build_request' }
  | { code: 'work.django_middleware'; name: string }
  | { code: 'work.serialise_environ' }
  | { code: 'work.render_page' }
  | { code: 'work.build_xml' }
  | { code: 'work.compute' }
  | { code: 'work.divide' }
  | { code: 'work.parse_form' }
  | { code: 'work.push_context' }
  | { code: 'work.match_url' }
  | { code: 'work.format_part'; part: number }
  | { code: 'work.gzip' }
  | { code: 'work.xslt' }
  | { code: 'work.stat_file' }
  | { code: 'work.db_query'; sql?: string }
  | { code: 'work.sleep' }
  | { code: 'work.read_input' }
  | { code: 'work.wait_part'; part: number }
  | { code: 'work.read_file' }
  | { code: 'work.slow_upload' }
  | { code: 'work.slow_download' };

/** What happened inside an app (`app.step`). */
export type AppNote =
  | { code: 'app.template'; call: 'render' | 'render_template'; template: string }
  | { code: 'app.django_request'; method: string; path: string }
  | { code: 'app.signal'; signal: 'request_started' | 'request_finished' }
  | { code: 'app.django_middleware'; name: string; phase: 'request' | 'response' }
  | { code: 'app.resolve'; route: string; path: string; args: string[] }
  | { code: 'app.append_slash'; path: string }
  | { code: 'app.no_pattern'; path: string }
  | { code: 'app.environ_json'; keys: number }
  | { code: 'app.files_index' }
  | { code: 'app.files_missing'; path: string }
  | { code: 'app.xml_catalog' }
  | { code: 'app.form'; bytes: number; fields: number; files: number }
  | { code: 'app.context_pushed' }
  | { code: 'app.no_rule'; path: string }
  | { code: 'app.wrong_method'; path: string; rule: string; method: string }
  | { code: 'app.options'; rule: string }
  | { code: 'app.route'; rule: string; endpoint: string; params: Record<string, string> }
  | { code: 'app.view'; endpoint: string; params: Record<string, string> }
  | { code: 'app.propagate' }
  | { code: 'app.teardown'; when: 'returned' | 'before_stream' | 'error' }
  /** The learner's app (in CPython) called start_response. */
  | { code: 'python.start_response'; status: string }
  /** No code has been run yet in the "Your own Python" scene: the server answers 503. */
  | { code: 'python.not_loaded' }
  /** The learner's code ran past the time limit: the browser stopped CPython (`ms`: the limit). */
  | { code: 'python.time_limit'; ms: number }
  /** CPython itself failed (MemoryError, sys.exit(), a crash): its worker restarts. */
  | { code: 'python.crashed'; exception: string }
  /** wsgiref.validate found a violation (`message`: its AssertionError text). */
  | { code: 'python.validate'; message: string };

/** A layer's decision on the way in (`middleware.enter`). */
export type EnterNote =
  | { code: 'mount.hit'; path: string; mount: string; app: string }
  | { code: 'mount.miss'; path: string; mounts: string[] }
  | { code: 'auth.open'; path: string }
  | { code: 'auth.ok'; user: string }
  /** `user` null: no (valid) Authorization header; else the password was wrong. */
  | { code: 'auth.denied'; path: string; user: string | null }
  | { code: 'errors.guard' }
  | { code: 'gzip.not_accepted' }
  | { code: 'gzip.accepted' }
  | { code: 'profiler.start' }
  | { code: 'proxyfix.trusted'; headers: string[] }
  | { code: 'proxyfix.none' }
  | { code: 'static.miss'; path: string; prefix: string }
  | { code: 'static.hit'; path: string }
  | { code: 'xslt.down' }
  /** A layer of the learner's Python was called (`name`: its class or function). */
  | { code: 'python.enter'; name: string };

/** A layer's start_response (`middleware.respond`). */
export type RespondNote =
  | { code: 'pass'; excInfo: boolean }
  | { code: 'auth.challenge' }
  | { code: 'errors.caught'; exception: string }
  | { code: 'gzip.compressed'; from: number; to: number }
  | { code: 'gzip.encoded' }
  | { code: 'gzip.type'; type: string }
  | { code: 'gzip.no_body' }
  | { code: 'gzip.small'; bytes: number; min: number }
  | {
      code: 'profiler.result';
      method: string;
      path: string;
      total: number;
      cpu: number;
      io: number;
    }
  | { code: 'static.304' }
  | { code: 'static.200'; bytes: number }
  | { code: 'xslt.not_xml'; type: string }
  | { code: 'xslt.done'; from: number; to: number }
  /** A layer of the learner's Python called start_response. */
  | { code: 'python.respond'; name: string; excInfo: boolean };

/** A layer done with the request (`middleware.exit`). */
export type ExitNote =
  | { code: 'propagates'; exception: string }
  | { code: 'close.passed' }
  | { code: 'close.buffered' }
  | { code: 'close.nothing_below' }
  | { code: 'errors.page_sent' }
  | { code: 'static.served' }
  /** A layer of the learner's Python was closed after passing `chunks` chunks (`bytes`). */
  | { code: 'python.exit'; name: string; chunks: number; bytes: number };

/** Why the WSGI server reports an error (`wsgi.error`). */
export type WsgiErrorNote =
  | { code: 'wsgi.before_headers'; exception: string }
  | { code: 'wsgi.after_headers'; exception: string }
  | { code: 'wsgi.close_raised'; exception: string }
  | { code: 'wsgi.server_failure'; exception: string }
  /** uWSGI, an exception before the headers: it logs the traceback and closes without a response. */
  | { code: 'wsgi.uwsgi_closes'; exception: string };

export type Note =
  | RejectNote
  | ParseNote
  | UpstreamNote
  | NetworkNote
  | WorkNote
  | AppNote
  | EnterNote
  | RespondNote
  | ExitNote
  | WsgiErrorNote;

export type NoteCode = Note['code'];
export type NoteOf<C extends NoteCode> = Extract<Note, { code: C }>;
