import { environJson } from '../wsgi/environ';
import { cpu } from '../wsgi/run';
import type { WsgiApp } from '../wsgi/types';
import { appEvents, JSON_TYPE, respond } from './base';

/**
 * Like `wsgiref.simple_server.demo_app`, but the sorted environ comes back as
 * JSON: every key the app received, for any path.
 */
export function createEcho(): WsgiApp {
  const ev = appEvents('echo');
  return (environ, startResponse) => {
    ev.enter(environ);
    cpu(0.5, { code: 'work.serialise_environ' });
    ev.step({ code: 'app.environ_json', keys: Object.keys(environ).length });
    return respond(startResponse, '200 OK', JSON_TYPE, environJson(environ), ev.exit);
  };
}
