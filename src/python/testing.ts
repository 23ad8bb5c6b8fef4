/** One CPython (the pyodide package, in Node) per test file, with the harness loaded. */
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import type { Environ, HttpResponse } from '../sim/types';
import type { Recording } from '../sim/apps/recording';
import { recordedApp } from '../sim/apps/recorded';
import type { Step } from '../sim/steps';
import { serveApp } from '../sim/wsgi/server';
import { startCore, type PythonCore } from './core';

export async function nodeCore(): Promise<PythonCore> {
  const py = await loadPyodide();
  return startCore(py, readFileSync(new URL('./harness.py', import.meta.url), 'utf8'));
}

export const example = (name: string) =>
  readFileSync(new URL(`./examples/${name}.py`, import.meta.url), 'utf8');

/** An environ as gunicorn behind nginx builds it (the Python scene's server). */
export function environ(path = '/', query = ''): Environ {
  return {
    REQUEST_METHOD: 'GET',
    SCRIPT_NAME: '',
    PATH_INFO: path,
    QUERY_STRING: query,
    SERVER_NAME: '127.0.0.1',
    SERVER_PORT: '8000',
    SERVER_PROTOCOL: 'HTTP/1.0',
    HTTP_HOST: 'demo.test',
    'wsgi.version': [1, 0],
    'wsgi.url_scheme': 'https',
    'wsgi.multithread': false,
    'wsgi.multiprocess': true,
    'wsgi.run_once': false,
  };
}

/** Replays a recording through the simulated gunicorn: its response and the trace events. */
export function replay(rec: Recording): { response: HttpResponse; steps: Step[] } {
  const { steps, response } = serveApp(
    () => recordedApp(() => rec, rec.layers ?? []),
    'app',
    'gunicorn',
    {
      method: 'GET',
      url: 'https://demo.test/',
      headers: [['Host', 'demo.test']],
      body: new Uint8Array(0),
    },
    {
      remoteAddr: '127.0.0.1',
      remotePort: 40000,
      serverName: '127.0.0.1',
      serverPort: 8000,
      protocol: 'HTTP/1.0',
      urlScheme: 'https',
      actor: 'proc:1',
      multithread: false,
      multiprocess: true,
      runOnce: false,
    },
  );
  return { steps, response };
}

export const payloads = (steps: Step[]) =>
  steps.flatMap((s) => (s.kind === 'event' ? [s.payload] : []));
