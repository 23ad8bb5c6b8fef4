export { serveWsgi, serveApp } from './server';
export { buildStack, stackName, LAYER_NAMES } from './stack';
export { withRun, cpu, io, emit, mark, costSince, runActor } from './run';
export {
  buildEnviron,
  snapshotEnviron,
  diffEnviron,
  environJson,
  SERVER_SOFTWARE,
} from './environ';
export { closing } from './iterable';
export { PyError, describeError } from './errors';
export { WsgiInput, WsgiErrors } from './streams';
export type { WsgiApp, WsgiEnviron, WsgiIterable, StartResponse, WriteFn } from './types';
