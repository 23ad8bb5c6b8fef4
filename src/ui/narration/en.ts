/** English narration: one sentence builder per event type (notes in enNotes.ts). */
import { enNotes } from './enNotes';
import { isHttps, ms, pathOf, proxyWhy, requestOf, wordNote, type Language } from './types';

const note = (n: Parameters<typeof wordNote>[1]) => wordNote(enNotes, n);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const ROLE = { master: 'master', worker: 'worker', child: 'child' } as const;

const layers: Language['layers'] = {
  dispatcher: 'dispatcher',
  static: 'static-files',
  gzip: 'gzip',
  xslt: 'XSLT',
  proxyfix: 'ProxyFix',
  auth: 'auth',
  profiler: 'profiler',
  errors: 'error-catching',
  python: 'Python',
};

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as const)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

export const en: Language = {
  layers,
  notes: enNotes,
  events: {
    'client.send': (e) =>
      `A client sends ${e.method} ${pathOf(e.url)}${e.bodyBytes ? ` with a ${e.bodyBytes}-byte body` : ''}. ` +
      (isHttps(e.url)
        ? 'On the network it travels as an HTTP message wrapped in TLS.'
        : 'On the network it travels as plain HTTP text.'),
    'client.receive': (e, s) => {
      const why = proxyWhy(e, s);
      return `The client receives ${e.status} ${e.reason} and ${plural(e.bodyBytes, 'byte')} of body${why ? `: ${note(why).replace(/\.$/, '')}` : ''}. The request is over.`;
    },
    'client.error': (e) => `The client gets no HTTP response: ${note(e.note)} fetch() rejects.`,
    'client.gone': (e) =>
      `The client disconnects after ${plural(e.afterChunks, 'chunk')}. The server notices when it next writes.`,
    'http.parse': (e) =>
      `The web server reads the request line “${e.requestLine}” and ${e.headerBytes} bytes of headers.` +
      (e.note ? ` ${note(e.note)}` : ''),
    'http.reject': (e) =>
      e.actor.startsWith('proc:')
        ? `The WSGI server refuses the request with ${e.status} ${e.reason}: ${note(e.note)}`
        : `The web server refuses the request with ${e.status} ${e.reason}: ${note(e.note)} No Python runs.`,
    'web.static': (e) =>
      e.status === 404
        ? `The web server finds no file at ${e.path} in its document root and answers 404 itself. No Python runs.`
        : e.status === 405
          ? `${e.path} is a static file: the web server answers 405 itself, only GET and HEAD make sense. No Python runs.`
          : `The web server maps ${e.path} to a file and answers ${e.status} itself (${e.contentType}, ${plural(e.bytes, 'byte')}). No Python runs.`,
    'proxy.forward': (e) =>
      `The reverse proxy passes the dynamic request to the WSGI server at ${e.upstream}.`,
    'proxy.upstream_error': (e) => `The proxy answers ${e.status} itself: ${note(e.note)}`,
    'proxy.buffer': (e) =>
      e.body === 'response'
        ? `The proxy buffers the ${plural(e.bytes, 'byte')} of the response, so the worker is free before a slow client has read it all.`
        : `The proxy has read the whole ${plural(e.bytes, 'byte')} request body from the slow client before it passes the request on.`,
    'listener.enqueue': (e) =>
      `${e.attempt ? `SYN number ${e.attempt} finds room: ` : ''}The kernel completes the connection and puts it in the listen queue (${e.queue} of ${e.backlog}). It waits for accept().`,
    'listener.drop': (e) =>
      `The listen queue is full (${e.queue} of ${e.backlog}): the kernel drops ${e.attempt > 1 ? `SYN number ${e.attempt}` : 'the SYN'} and sends nothing back, so nothing is refused. ${
        e.retryInMs === null
          ? 'The connecting side gives up before it would send another.'
          : `The connecting side's kernel sends it again in ${e.retryInMs / 1000} s.`
      }`,
    'worker.queue': (e) =>
      `All ${e.threads} threads of process ${e.pid} are busy, but it accepts the connection anyway: a gthread worker keeps it in its own queue (${e.waiting} waiting) until a thread is free, so it no longer waits in the listen queue.`,
    'listener.accept': (e) =>
      `Process ${e.pid} calls accept() and takes the connection off the queue (${e.queue} left waiting).`,
    'process.spawn': (e) =>
      e.parent === null
        ? `Process ${e.pid} starts as the ${ROLE[e.role]}.`
        : `Process ${e.parent} forks ${e.pid} (${ROLE[e.role]}). The child shares the parent's memory pages copy-on-write.`,
    'process.exit': (e) =>
      `Process ${e.pid} exits: ${
        {
          done: 'it has served its request',
          recycled: 'it reached its request limit and is recycled',
          crashed: 'it crashed',
          killed: 'it was killed for being silent too long',
        }[e.reason]
      }.`,
    'thread.assign': (e, s) =>
      `Thread ${e.tid} of process ${e.pid} takes ${requestOf(e, s) ?? 'the request'}.`,
    'thread.release': (e) => `Thread ${e.tid} of process ${e.pid} is free again.`,
    'gil.acquire': (e) =>
      `Thread ${e.tid} takes the GIL of process ${e.pid}: only it runs Python bytecode in this process now.`,
    'gil.release': (e) =>
      `Thread ${e.tid} releases the GIL; another thread of process ${e.pid} may run.`,
    'work.cpu': (e) => `Python code runs for ${ms(e.ms)} ms: ${note(e.work)}.`,
    'work.io': (e) =>
      e.blocking
        ? `A blocking wait of ${ms(e.ms)} ms: ${note(e.work)}. The GIL is released, but this thread can do nothing else.`
        : `Waiting ${ms(e.ms)} ms on I/O: ${note(e.work)}. The GIL is released meanwhile.`,
    'loop.stall': (e) =>
      `A blocking call freezes the event loop of process ${e.pid} for ${ms(e.ms)} ms: ${plural(e.waiting, 'other connection')} wait.`,
    'wsgi.environ': (e) =>
      `The WSGI server builds environ, a plain dict with ${Object.keys(e.environ).length} keys: CGI-style variables, HTTP_* headers and wsgi.* keys.`,
    'wsgi.call': (e) =>
      `The server calls ${e.app}(environ, start_response): an ordinary Python function call.`,
    'wsgi.start_response': (e) =>
      e.excInfo
        ? `start_response("${e.status}", …, exc_info) replaces the stored headers after ${e.excInfo}; nothing was sent yet, so that is allowed.`
        : `start_response("${e.status}", headers) only stores the status and ${plural(e.headers.length, 'header')}. Nothing is sent yet.`,
    'wsgi.chunk': (e) =>
      e.bytes === 0
        ? 'The iterable yields an empty chunk: nothing is sent.'
        : `The iterable yields its ${ordinal(e.index + 1)} chunk (${plural(e.bytes, 'byte')}); the server sends it right away.`,
    'wsgi.headers_sent': (e) =>
      `The server sends the status line ${e.status} and ${plural(e.headers.length, 'header')}, adding its own such as Date. From here on the status can no longer change.`,
    'wsgi.write': (e) =>
      `The app calls the legacy write() with ${plural(e.bytes, 'byte')}; they go out unbuffered.`,
    'wsgi.close': (e) =>
      `The server calls the iterable's close() ${
        {
          done: 'after the last chunk',
          error: 'after an error',
          client_gone: 'because the client went away',
        }[e.reason]
      }, as PEP 3333 requires.`,
    'wsgi.error': (e) => note(e.note),
    'middleware.enter': (e) =>
      `The request enters the ${layers[e.layer]} middleware (the ${ordinal(e.index + 1)} layer)` +
      (e.changes.length ? `, which changes ${e.changes.map((c) => c.key).join(', ')}` : '') +
      `. ${note(e.note)}`,
    'middleware.respond': (e) =>
      (e.how === 'pass'
        ? `${e.status} passes up through the ${layers[e.layer]} middleware's start_response.`
        : e.how === 'rewrite'
          ? `The ${layers[e.layer]} middleware has looked at the buffered response and calls start_response with ${e.status}.`
          : `The ${layers[e.layer]} middleware answers ${e.status} itself, in place of the layers below.`) +
      (note(e.note) ? ` ${note(e.note)}` : ''),
    'middleware.exit': (e) =>
      e.note.code === 'propagates'
        ? `${e.note.exception} propagates up through the ${layers[e.layer]} middleware: no response passes here.`
        : `The response passes back out through the ${layers[e.layer]} middleware. ${note(e.note)}`,
    'app.enter': (e) =>
      `The ${e.app} app gets the request${e.mount ? ` (mounted at ${e.mount})` : ''}.`,
    'app.step': (e) => `Inside the ${e.app} app: ${note(e.note)}`,
    'app.raise': (e) => `The app raises ${e.exception}.`,
    'app.exit': (e) => `The ${e.app} app returns its iterable to its caller.`,
  },
};
