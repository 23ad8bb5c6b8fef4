import type { AppId } from '../types';
import type { WsgiApp } from '../wsgi/types';
import { createDjango } from './django';
import { createEcho } from './echo';
import { createFiles } from './files';
import { createFlask } from './flask';
import { createXml } from './xml';
import { recordedApp } from './recorded';
import { recordingKey, type Recording } from './recording';
import script from './pythonScript.json';

/**
 * The "Your own Python" scene's script: the default example's recordings, made
 * in real CPython by `npm run python:record` (src/python/record.ts).
 */
const recorded = script as unknown as { layers: string[]; recordings: Record<string, Recording> };

/** The committed recording of the scene's script for this request, if there is one. */
export function scriptRecording(environ: Record<string, unknown>): Recording | null {
  return recorded.recordings[recordingKey(environ)] ?? null;
}

const createPython = () => recordedApp(scriptRecording, recorded.layers);

const FACTORIES: Record<AppId, () => WsgiApp> = {
  echo: createEcho,
  flask: createFlask,
  django: createDjango,
  xml: createXml,
  files: createFiles,
  python: createPython,
};

/** A fresh instance of one of the demo applications. */
export function appById(id: AppId): WsgiApp {
  return FACTORIES[id]();
}
