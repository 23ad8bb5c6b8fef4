/**
 * The "Your own Python" scene's script, recorded in real CPython: run the
 * scene once to collect the environ of each scripted request, then serve
 * each in CPython with the default example. `npm run python:record` writes
 * the result to src/sim/apps/pythonScript.json; a unit test runs it again
 * and checks the committed file still matches.
 */
import { scene } from '../scenes/python';
import { recordingKey, type Recording } from '../sim/apps/recording';
import { startScenario } from '../sim/simulator';
import type { Environ } from '../sim/types';
import { snapshotEnviron } from '../sim/wsgi/environ';
import { recordedProtocol } from '../sim/wsgi/recordedProtocol';
import type { PythonCore } from './core';

export interface ScriptFile {
  layers: string[];
  recordings: Record<string, Recording>;
}

export function recordScript(core: PythonCore, defaultExample: string): ScriptFile {
  const environs = new Map<string, Environ>();
  startScenario(
    scene.scenario,
    recordedProtocol((environ) => {
      environs.set(recordingKey(environ), snapshotEnviron(environ));
      return null;
    }),
  );
  const loaded = core.load(defaultExample, true);
  if (!loaded.ok) throw new Error(`the default example does not load: ${loaded.error.message}`);
  const recordings: Record<string, Recording> = {};
  for (const [key, environ] of environs) recordings[key] = core.serve({ environ, body: '' });
  return { layers: loaded.layers, recordings };
}
