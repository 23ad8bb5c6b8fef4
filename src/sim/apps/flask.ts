import { utf8 } from '../http/bytes';
import { PyError } from '../wsgi/errors';
import { environJson, str } from '../wsgi/environ';
import { cpu, io } from '../wsgi/run';
import { WsgiInput } from '../wsgi/streams';
import type { WsgiApp } from '../wsgi/types';
import { appEvents, escapeHtml, JSON_TYPE, msParam, TEXT } from './base';
import { parseForm } from './forms';
import { createMicroFlask, html, type Request, type Response } from './microFlask';

const ev = appEvents('flask');

function render(template: string, body: string): string {
  cpu(1.5, { code: 'work.render', template });
  ev.step({ code: 'app.template', call: 'render_template', template });
  return `<!doctype html>\n<html><head><title>Flask demo</title></head>\n<body>\n${body}\n</body></html>\n`;
}

const text = (body: string): Response => ({
  status: '200 OK',
  headers: [['Content-Type', TEXT]],
  body,
});

function index(): Response {
  return html(
    '200 OK',
    render(
      'index.html',
      '<h1>Flask demo</h1>\n<p>Try /hello/ada, /slow, /cpu, /stream, /boom.</p>',
    ),
  );
}

function hello(req: Request): Response {
  return html('200 OK', render('hello.html', `<h1>Hello, ${escapeHtml(req.params.name)}!</h1>`));
}

function slow(req: Request): Response {
  const ms = msParam(req.environ, 200);
  io(ms, { code: 'work.db_query' });
  return text(`Waited ${ms} ms on I/O (a database query). The GIL is released while waiting.\n`);
}

function block(req: Request): Response {
  const ms = msParam(req.environ, 200);
  io(ms, { code: 'work.sleep' }, { blocking: true });
  return text(
    `Blocked ${ms} ms in a call an event loop cannot see: every connection on this loop waited too.\n`,
  );
}

function burn(req: Request): Response {
  const ms = msParam(req.environ, 100);
  cpu(ms, { code: 'work.compute' });
  return text(`Computed for ${ms} ms of CPU: this thread held the GIL the whole time.\n`);
}

function boom(): Response {
  cpu(0.5, { code: 'work.divide' });
  throw new PyError('ZeroDivisionError', 'division by zero');
}

function upload(req: Request): Response {
  const input = req.environ['wsgi.input'] as WsgiInput;
  const length = Number(str(req.environ, 'CONTENT_LENGTH', '0')) || 0;
  const body = input.read(length);
  io(1, { code: 'work.read_input' });
  cpu(1 + body.length / 1_000_000, { code: 'work.parse_form' });
  const type = str(req.environ, 'CONTENT_TYPE');
  const form = parseForm(type, body);
  ev.step({
    code: 'app.form',
    bytes: body.length,
    fields: Object.keys(form.fields).length,
    files: form.files.length,
  });
  const json = JSON.stringify(
    { contentType: type, bytes: body.length, fields: form.fields, files: form.files },
    null,
    2,
  );
  return { status: '200 OK', headers: [['Content-Type', JSON_TYPE]], body: `${json}\n` };
}

/**
 * A generator view, no Content-Length (so the server frames it). It yields
 * b'' first, as a generator with nothing ready yet may (PEP 3333 lets the
 * server send nothing for it), then `?parts=N` parts (4 by default) with I/O
 * before each one.
 */
function stream(req: Request): Response {
  const n = Math.trunc(Number(req.args.parts));
  const parts = Number.isFinite(n) && n >= 1 ? Math.min(n, 10) : 4;
  function* generate(): Generator<Uint8Array> {
    yield new Uint8Array(0);
    for (let i = 1; i <= parts; i++) {
      io(50, { code: 'work.wait_part', part: i });
      cpu(0.3, { code: 'work.format_part', part: i });
      yield utf8(`part ${i} of ${parts}\n`);
    }
  }
  return { status: '200 OK', headers: [['Content-Type', TEXT]], body: generate() };
}

function environView(req: Request): Response {
  cpu(0.5, { code: 'work.serialise_environ' });
  return {
    status: '200 OK',
    headers: [['Content-Type', JSON_TYPE]],
    body: environJson(req.environ),
  };
}

export function createFlask(): WsgiApp {
  return createMicroFlask('flask', [
    { rule: '/', endpoint: 'index', methods: ['GET'], view: index },
    { rule: '/hello/<name>', endpoint: 'hello', methods: ['GET'], view: hello },
    { rule: '/slow', endpoint: 'slow', methods: ['GET'], view: slow },
    { rule: '/block', endpoint: 'block', methods: ['GET'], view: block },
    { rule: '/cpu', endpoint: 'cpu', methods: ['GET'], view: burn },
    { rule: '/boom', endpoint: 'boom', methods: ['GET'], view: boom },
    { rule: '/upload', endpoint: 'upload', methods: ['POST'], view: upload },
    { rule: '/stream', endpoint: 'stream', methods: ['GET'], view: stream },
    { rule: '/environ', endpoint: 'environ', methods: ['GET', 'POST'], view: environView },
    {
      rule: '/environ/<path:rest>',
      endpoint: 'environ',
      methods: ['GET', 'POST'],
      view: environView,
    },
  ]);
}
