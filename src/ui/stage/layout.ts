/**
 * Which boxes the stage draws for a scene, derived once per timeline from the
 * whole trace (so boxes don't pop in and out while stepping) and, when known,
 * from the scenario's SiteConfig (names, ports, the middleware list).
 */
import type { Player } from '../../player/player';
import type { DispatchModel, MiddlewareKind, SiteConfig, TraceEvent } from '../../sim/types';
import { learnerStack } from './learnerStack';

export interface LayerInfo {
  index: number;
  kind: MiddlewareKind;
  /** A layer of the learner's own Python: its class or function name (`Latinator`). */
  name?: string;
}

export interface StageLayout {
  /** A reverse proxy / web server in front of the listener. */
  web: boolean;
  /** It passes requests on (a reverse proxy), not only answers files. */
  proxies: boolean;
  webName: string;
  listener: boolean;
  port: number | null;
  backlog: number;
  dispatch: boolean;
  model: DispatchModel | null;
  wsgi: boolean;
  wsgiName: string;
  layers: LayerInfo[];
  app: boolean;
  appName: string;
  /** pid → index of its process.exit event. */
  exitAt: Record<number, number>;
}

function allEvents(player: Player): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = 0; i < player.length; i++) out.push(player.event(i));
  return out;
}

function serverName(software: unknown): string | null {
  if (typeof software !== 'string' || software === '') return null;
  return software.split('/')[0];
}

export function layoutOf(player: Player, site?: SiteConfig): StageLayout {
  const events = allEvents(player);
  const layers = new Map<number, MiddlewareKind>();
  const names = new Map<number, string>();
  const loops = new Set<number>();
  const exitAt: Record<number, number> = {};
  let web = false;
  let proxies = false;
  let listener = false;
  let backlog = 0;
  let dispatch = false;
  let wsgi = false;
  let app = false;
  let wsgiName: string | null = null;
  let appName: string | null = null;
  // Every app that ran, in order (a dispatcher mounts several in one process).
  const apps: string[] = [];
  let threaded = false;
  let child = false;
  let assigned = false;

  events.forEach((e, i) => {
    if (e.actor === 'proxy' || e.type.startsWith('proxy.')) web = true;
    if (e.type === 'proxy.forward') proxies = true;
    switch (e.type) {
      case 'listener.enqueue':
      case 'listener.drop':
        listener = true;
        backlog = Math.max(backlog, e.backlog);
        break;
      case 'listener.accept':
        listener = true;
        break;
      case 'thread.assign':
        assigned = true;
        break;
      case 'process.spawn':
        dispatch = true;
        if (e.threads > 1) threaded = true;
        if (e.role === 'child') child = true;
        break;
      case 'process.exit':
        exitAt[e.pid] = i;
        break;
      case 'loop.stall':
        loops.add(e.pid);
        break;
      case 'wsgi.environ':
        wsgi = true;
        wsgiName ??= serverName(e.environ.SERVER_SOFTWARE);
        break;
      case 'wsgi.call':
        wsgi = true;
        appName ??= e.app;
        break;
      case 'middleware.enter':
      case 'middleware.respond':
      case 'middleware.exit':
        // The learner's layers are the stack of their latest code (learnerStack), not every run's.
        if (e.layer !== 'python') layers.set(e.index, e.layer);
        break;
      case 'app.enter':
        app = true;
        appName = e.app;
        if (!apps.includes(e.app)) apps.push(e.app);
        break;
      default:
        if (e.type.startsWith('wsgi.')) wsgi = true;
    }
  });

  // Processes that never take a connection (nginx answering static files alone) stay off stage.
  if (!listener && !assigned) dispatch = false;
  let model: DispatchModel | null = null;
  if (dispatch)
    model = loops.size > 0 ? 'event' : threaded ? 'threads' : child ? 'fork' : 'prefork';

  const learner = learnerStack(events);
  learner?.forEach((name, index) => {
    layers.set(index, 'python');
    names.set(index, name);
  });
  const empty = events.length === 0;
  if (site) {
    if (site.web.mode === 'proxy') web = true;
    backlog = Math.max(backlog, site.listener.backlog);
    model = site.dispatch.model;
    wsgiName ??= site.wsgi.server;
    // The configured stack is drawn once Python runs at all (or before any traffic).
    if (wsgi || layers.size > 0 || empty)
      site.wsgi.middleware.forEach((m, i) => {
        // The learner's own layers come from the trace once their code has run.
        if (m.kind === 'python' && learner) return;
        layers.set(i, m.kind);
        if (m.kind === 'python') names.set(i, m.name);
      });
    if (empty) {
      listener = dispatch = wsgi = app = true;
    }
    if (wsgi || app) appName = site.wsgi.app;
  }
  if (apps.length > 1) {
    // The root app first, then the mounted ones.
    const root = appName ?? apps[0];
    appName = [root, ...apps.filter((a) => a !== root)].join(' · ');
  }
  const port = site ? site.listener.port : listener ? (web ? 8000 : 80) : null;

  return {
    web,
    proxies: proxies || (empty && web),
    webName: site?.web.name ?? 'nginx',
    listener,
    port,
    backlog,
    dispatch,
    model,
    wsgi: wsgi || layers.size > 0 || app,
    wsgiName: wsgiName ?? 'wsgi',
    layers: [...layers.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, kind]) => {
        const name = names.get(index);
        return name === undefined ? { index, kind } : { index, kind, name };
      }),
    app: app || wsgi,
    appName: appName ?? 'app',
    exitAt,
  };
}
