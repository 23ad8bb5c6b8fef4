/**
 * CPython's side of the bridge, given a loaded Pyodide: wall the learner's
 * code off from JavaScript, load the harness (harness.py), and call it. The
 * Web Worker (worker.ts) and the Node scripts and tests share this module,
 * so the tests run the very code the browser runs.
 */
import type { PyodideAPI } from 'pyodide';
import type { Environ } from '../sim/types';
import type { Recording } from '../sim/apps/recording';
import type { CodeError, RunResult } from './contract';

/**
 * Modules that reach JavaScript (`js` is the worker's globalThis, `pyodide_js`
 * the Pyodide API, `pyodide.code.run_js` evaluates JS). `None` in sys.modules
 * makes `import js` raise ImportError; the harness keeps its own references.
 */
const WALL = String.raw`
import sys
for _name in ("js", "pyodide_js", "pyodide", "pyodide.code", "pyodide.ffi", "pyodide.http",
              "pyodide.webloop", "pyodide.console", "_pyodide", "_pyodide_core", "pyodide_http"):
    sys.modules[_name] = None
del _name
`;

export interface PythonCore {
  load(code: string, validate: boolean): RunResult;
  serve(request: { environ: Environ; body: string }): Recording;
}

export function startCore(py: PyodideAPI, harness: string): PythonCore {
  const ns = py.globals.get('dict')();
  py.runPython(harness, { globals: ns });
  const load = ns.get('load');
  const serve = ns.get('serve');
  py.runPython(WALL);
  return {
    load(code, validate) {
      const raw = JSON.parse(load(code, validate) as string) as
        | { ok: true; layers: string[] }
        | {
            ok: false;
            error: { kind: CodeError['kind']; type: string; message: string; line: number | null };
          };
      if (raw.ok) return { ok: true, layers: raw.layers };
      const { kind, type, message, line } = raw.error;
      return { ok: false, error: { kind, pythonType: type, message, line } };
    },
    serve(request) {
      return JSON.parse(serve(JSON.stringify(request)) as string) as Recording;
    },
  };
}
