import type { AppId } from '../types';
import type { WsgiApp } from '../wsgi/types';
import { createDjango } from './django';
import { createEcho } from './echo';
import { createFiles } from './files';
import { createFlask } from './flask';
import { createXml } from './xml';

const FACTORIES: Record<AppId, () => WsgiApp> = {
  echo: createEcho,
  flask: createFlask,
  django: createDjango,
  xml: createXml,
  files: createFiles,
};

/** A fresh instance of one of the demo applications. */
export function appById(id: AppId): WsgiApp {
  return FACTORIES[id]();
}
