/**
 * `npm run python:record`: records the "Your own Python" scene's script in
 * CPython (the pyodide package, in Node) and writes src/sim/apps/pythonScript.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { startCore } from './core';
import { recordScript } from './script';

const here = (p: string) => new URL(p, import.meta.url);
const py = await loadPyodide();
const core = startCore(py, readFileSync(here('./harness.py'), 'utf8'));
const script = recordScript(core, readFileSync(here('./examples/latinator.py'), 'utf8'));
writeFileSync(here('../sim/apps/pythonScript.json'), `${JSON.stringify(script, null, 2)}\n`);
console.log(`recorded ${Object.keys(script.recordings).length} requests`);
