/**
 * The harness in real CPython (the pyodide package in Node, one instance for
 * the file): what it records for an environ, and what the simulated server
 * makes of the recording when it replays it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import committed from '../sim/apps/pythonScript.json';
import type { PythonCore } from './core';
import { recordScript } from './script';
import { environ, example, nodeCore, payloads, replay } from './testing';

let core: PythonCore;
beforeAll(async () => {
  core = await nodeCore();
}, 120_000);

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the harness records one WSGI call', () => {
  it('environ in; start_response, write(), every chunk (b"" too) and close() out, in order', () => {
    const loaded = core.load(
      [
        'seen = {}',
        'class Body:',
        '    def __init__(self): self.closed = False',
        '    def __iter__(self): return iter([b"", b"two", b"three"])',
        '    def close(self): self.closed = True',
        'def app(environ, start_response):',
        '    seen.update(environ)',
        '    write = start_response("200 OK", [("Content-Type", "text/plain")])',
        '    write(b"one")',
        '    return Body()',
      ].join('\n'),
      true,
    );
    expect(loaded).toEqual({ ok: true, layers: [] });
    const rec = core.serve({ environ: environ('/hi', 'x=1'), body: '' });
    const server = rec.events.filter((e) => !['enter', 'respond', 'return', 'exit'].includes(e.t));
    expect(server).toEqual([
      {
        t: 'start_response',
        status: '200 OK',
        headers: [['Content-Type', 'text/plain']],
        exc: null,
      },
      { t: 'write', data: 'one' },
      { t: 'returned' },
      { t: 'chunk', data: '' },
      { t: 'chunk', data: 'two' },
      { t: 'chunk', data: 'three' },
      { t: 'close' },
    ]);
    // The app saw the environ it was sent.
    const enter = rec.events.find((e) => e.t === 'enter');
    expect(enter?.t === 'enter' && enter.environ.PATH_INFO).toBe('/hi');
    expect(enter?.t === 'enter' && enter.environ.QUERY_STRING).toBe('x=1');

    const { response, steps } = replay(rec);
    expect(response.status).toBe(200);
    expect(text(response.body)).toBe('onetwothree');
    const types = payloads(steps).map((p) => p.type);
    expect(types.filter((t) => t.startsWith('wsgi.'))).toEqual([
      'wsgi.environ',
      'wsgi.call',
      'wsgi.start_response',
      'wsgi.headers_sent',
      'wsgi.write',
      'wsgi.chunk',
      'wsgi.chunk',
      'wsgi.chunk',
      'wsgi.close',
    ]);
  });

  it('an exception before the headers: recorded with its line, and the server answers 500', () => {
    core.load('def app(environ, start_response):\n    return [str(1 / 0).encode()]\n', true);
    const rec = core.serve({ environ: environ(), body: '' });
    expect(rec.events.at(-1)).toMatchObject({
      t: 'server_raise',
      phase: 'call',
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
    });
    const { response, steps } = replay(rec);
    expect(response.status).toBe(500);
    expect(payloads(steps)).toContainEqual(
      expect.objectContaining({
        type: 'wsgi.error',
        note: { code: 'wsgi.before_headers', exception: 'ZeroDivisionError: division by zero' },
      }),
    );
  });

  it('an exception after the headers: the response is cut short, close() still called', () => {
    core.load(
      [
        'def app(environ, start_response):',
        '    start_response("200 OK", [("Content-Type", "text/plain")])',
        '    yield b"first "',
        '    raise ValueError("half way")',
      ].join('\n'),
      true,
    );
    const rec = core.serve({ environ: environ(), body: '' });
    const { response, steps } = replay(rec);
    expect(response.status).toBe(200);
    expect(text(response.body)).toBe('first ');
    const events = payloads(steps);
    const close = events.findIndex((p) => p.type === 'wsgi.close');
    const error = events.findIndex(
      (p) => p.type === 'wsgi.error' && p.note.code === 'wsgi.after_headers',
    );
    expect(close).toBeGreaterThan(-1);
    expect(error).toBeGreaterThan(close);
  });

  it('wsgiref.validate: a middleware that never closes the iterable below gives a 500 with the message', () => {
    expect(core.load(example('broken'), true)).toEqual({ ok: true, layers: ['Shouting'] });
    const rec = core.serve({ environ: environ(), body: '' });
    expect(rec.violations).toEqual([
      { type: 'AssertionError', message: 'Iterator garbage collected without being closed' },
    ]);
    const { response, steps } = replay(rec);
    expect(response.status).toBe(500);
    expect(payloads(steps)).toContainEqual(
      expect.objectContaining({
        type: 'app.step',
        note: {
          code: 'python.validate',
          message: 'Iterator garbage collected without being closed',
        },
      }),
    );
    // The same code without the validator: no violation, the shouted body.
    core.load(example('broken'), false);
    const plain = core.serve({ environ: environ(), body: '' });
    expect(plain.violations).toEqual([]);
    expect(text(replay(plain).response.body)).toBe("THE APP'S BODY\n");
  });

  it('validate: a str body is an AssertionError the server answers with 500', () => {
    core.load(
      'def app(e, start_response):\n    start_response("200 OK", [])\n    return ["text"]\n',
      true,
    );
    const { response, steps } = replay(core.serve({ environ: environ(), body: '' }));
    expect(response.status).toBe(500);
    expect(payloads(steps)).toContainEqual(
      expect.objectContaining({
        type: 'app.step',
        note: expect.objectContaining({ code: 'python.validate' }),
      }),
    );
  });

  it('a SyntaxError is reported at load with its line; a missing app too', () => {
    expect(core.load('def app(environ, start_response):\n    return [b"x"\n', true)).toMatchObject({
      ok: false,
      error: { kind: 'syntax', pythonType: 'SyntaxError', line: 2 },
    });
    expect(core.load('x = 1\nundefined_name\n', true)).toMatchObject({
      ok: false,
      error: { kind: 'import', pythonType: 'NameError', line: 2 },
    });
    expect(core.load('application = None\n', true)).toMatchObject({
      ok: false,
      error: { kind: 'app' },
    });
  });

  it('the learner cannot import js or pyodide (the page stays out of reach)', () => {
    for (const mod of ['js', 'pyodide_js', 'pyodide.code'])
      expect(core.load(`import ${mod}\napp = None\n`, true)).toMatchObject({
        ok: false,
        error: { kind: 'import', pythonType: 'ModuleNotFoundError' },
      });
  });

  it('sys.exit() in a request is recorded as fatal (the worker restarts)', () => {
    core.load('import sys\ndef app(environ, start_response):\n    sys.exit(3)\n', false);
    expect(core.serve({ environ: environ(), body: '' }).fatal).toBe('SystemExit');
  });

  it('the committed script (src/sim/apps/pythonScript.json) is what CPython does today', () => {
    expect(recordScript(core, example('latinator'))).toEqual(committed);
  });
});
