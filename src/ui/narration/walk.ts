/**
 * Every step a learner can see, for the narration tests: each scene's trace
 * replayed through the player as the UI does, and a set of live-style
 * requests (each scene-like site, the default site, a site with every
 * middleware) answered by the simulator. Test support, not imported by app code.
 */
import { createPlayer } from '../../player/player';
import type { Snapshot } from '../../player/snapshot';
import { createSimulator, runScenario, startScenario } from '../../sim/simulator';
import { scenarios } from '../../sim/scenarios/scenes';
import { defaultSite, siteWith } from '../../sim/scenarios/site';
import type {
  HeaderList,
  HttpRequest,
  Scenario,
  ScriptedRequest,
  SiteConfig,
  TraceEvent,
} from '../../sim/types';

export interface Step {
  source: string;
  index: number;
  event: TraceEvent;
  snapshot: Snapshot;
}

const text = new TextEncoder();

function request(
  method: string,
  path: string,
  more: { headers?: HeaderList; body?: string | Uint8Array } = {},
): HttpRequest {
  const body =
    typeof more.body === 'string' ? text.encode(more.body) : (more.body ?? new Uint8Array());
  return {
    method,
    url: `https://demo.test${path}`,
    headers: more.headers ?? [['Host', 'demo.test']],
    body,
  };
}

/** A site with every kind of middleware, so each layer's decisions are narrated live. */
const everyLayer: SiteConfig = siteWith({
  wsgi: {
    middleware: [
      { kind: 'errors' },
      { kind: 'profiler' },
      { kind: 'proxyfix', xFor: 1, xProto: 1, xHost: 1, xPrefix: 0 },
      { kind: 'auth', realm: 'admin', users: { ada: 'lovelace' }, protect: ['/admin'] },
      { kind: 'static', prefix: '/assets' },
      { kind: 'gzip', minBytes: 200 },
      { kind: 'xslt' },
      { kind: 'dispatcher', mounts: { '/django': 'django', '/docs': 'xml', '/files': 'files' } },
    ],
    app: 'flask',
  },
});

const gzipHeaders: HeaderList = [
  ['Host', 'demo.test'],
  ['Accept-Encoding', 'gzip'],
];
const basic = (user: string, pass: string): HeaderList => [
  ['Host', 'demo.test'],
  ['Authorization', `Basic ${btoa(`${user}:${pass}`)}`],
];

/** The live requests: what a learner might type in the form. */
const LIVE: { site: SiteConfig; name: string; requests: HttpRequest[] }[] = [
  {
    name: 'default',
    site: defaultSite,
    requests: [
      request('GET', '/environ'),
      request('GET', '/index.html'),
      request('GET', '/favicon.ico'),
      request('POST', '/style.css', { body: 'x' }),
      request('POST', '/environ', { body: 'name=ada&lang=python' }),
      request('GET', '/environ', { body: 'a body on GET' }),
      request('POST', '/environ', { body: new Uint8Array(1024 * 1024 + 1) }),
      request('get', '/environ'),
      request('GET', `/${'x'.repeat(9000)}`),
      request('GET', '/environ', {
        headers: [
          ['Host', 'demo.test'],
          ['X-Big', 'y'.repeat(9000)],
        ],
      }),
      request('GET', '/environ', {
        headers: [
          ['Host', 'demo.test'],
          ['Bad Name', 'z'],
        ],
      }),
      request('GET', '/environ', {
        headers: [
          ['Host', 'demo.test'],
          ['X-Split', 'a\r\nb'],
        ],
      }),
    ],
  },
  {
    name: 'every layer',
    site: everyLayer,
    requests: [
      request('GET', '/environ'),
      request('GET', '/slow'),
      request('GET', '/slow?ms=20', { headers: gzipHeaders }),
      request('GET', '/block?ms=20'),
      request('GET', '/cpu?ms=20'),
      request('GET', '/stream?parts=2'),
      request('GET', '/hello/ada', { headers: gzipHeaders }),
      request('GET', '/admin/'),
      request('GET', '/admin/', { headers: basic('ada', 'nope') }),
      request('GET', '/admin/', { headers: basic('ada', 'lovelace') }),
      request('GET', '/nope'),
      request('DELETE', '/slow'),
      request('OPTIONS', '/slow'),
      request('POST', '/upload', {
        headers: [
          ['Host', 'demo.test'],
          ['Content-Type', 'application/x-www-form-urlencoded'],
        ],
        body: 'name=ada&lang=python',
      }),
      request('GET', '/boom'),
      request('GET', '/assets/app.css'),
      request('GET', '/assets/app.css', {
        headers: [
          ['Host', 'demo.test'],
          ['If-None-Match', '*'],
        ],
      }),
      request('POST', '/assets/app.css', { body: 'x' }),
      request('GET', '/docs/index.xml'),
      request('GET', '/django/'),
      request('GET', '/django/articles/1/'),
      request('GET', '/django/articles/1'),
      request('GET', '/django/nope/'),
      request('GET', '/files/'),
      request('GET', '/files/nope'),
      request('GET', '/environ', {
        headers: [
          ['Host', 'demo.test'],
          ['X-Forwarded-For', '198.51.100.7'],
        ],
      }),
    ],
  },
  {
    name: 'embedded',
    site: siteWith({
      web: { name: 'Apache httpd', mode: 'embedded' },
      dispatch: { model: 'fork', processes: 1 },
      wsgi: { server: 'wsgiref', app: 'flask' },
    }),
    requests: [request('GET', '/environ'), request('GET', '/boom'), request('GET', '/index.html')],
  },
  {
    name: 'event loop',
    site: siteWith({ dispatch: { model: 'event', processes: 1 }, wsgi: { app: 'flask' } }),
    requests: [request('GET', '/slow?ms=20'), request('GET', '/block?ms=20')],
  },
];

function replay(source: string, events: TraceEvent[]): Step[] {
  const player = createPlayer(events);
  return events.map((event, index) => ({ source, index, event, snapshot: player.at(index) }));
}

const burst = (n: number, path: string): ScriptedRequest[] =>
  Array.from({ length: n }, () => ({ at: 0, method: 'GET', path }));

/** Troubles no scene shows: a full listen queue, a proxy timeout, a client leaving mid-stream. */
const TROUBLE: { name: string; scenario: Scenario }[] = [
  {
    name: 'full queue behind a proxy',
    scenario: {
      id: 'prefork',
      seed: 3,
      site: siteWith({
        dispatch: { processes: 1 },
        listener: { backlog: 1 },
        wsgi: { app: 'flask' },
      }),
      requests: burst(4, '/slow?ms=50'),
    },
  },
  {
    name: 'full queue, embedded',
    scenario: {
      id: 'fork',
      seed: 3,
      site: siteWith({
        web: { name: 'Apache httpd', mode: 'embedded' },
        dispatch: { processes: 1 },
        listener: { backlog: 1 },
        wsgi: { app: 'flask' },
      }),
      requests: burst(4, '/slow?ms=50'),
    },
  },
  {
    name: 'queue stays full behind a proxy (proxy_connect_timeout)',
    scenario: {
      id: 'prefork',
      seed: 3,
      site: siteWith({
        web: { connectTimeoutMs: 5000 },
        dispatch: { processes: 1, timeoutMs: 0 },
        listener: { backlog: 1 },
        wsgi: { app: 'flask' },
      }),
      requests: burst(3, '/slow?ms=200000'),
    },
  },
  {
    name: 'queue stays full, embedded (connect() times out)',
    scenario: {
      id: 'fork',
      seed: 3,
      site: siteWith({
        web: { name: 'Apache httpd', mode: 'embedded' },
        dispatch: { processes: 1, timeoutMs: 0 },
        listener: { backlog: 1 },
        wsgi: { app: 'flask' },
      }),
      requests: burst(3, '/slow?ms=200000'),
    },
  },
  {
    name: 'proxy timeout, client gone',
    scenario: {
      id: 'wsgi',
      seed: 3,
      site: siteWith({ web: { upstreamTimeoutMs: 100 }, wsgi: { app: 'flask' } }),
      requests: [
        { at: 0, method: 'GET', path: '/slow?ms=300' },
        { at: 0, method: 'GET', path: '/stream?parts=3', goneAfterChunks: 1 },
      ],
    },
  },
];

/** Every step of every scene, as the UI steps through them. */
export function sceneSteps(): Step[] {
  return Object.values(scenarios).flatMap((s) => replay(s.id, runScenario(s).events));
}

/** Steps of scripted troubles no scene shows, replayed the same way. */
export function troubleSteps(): Step[] {
  return TROUBLE.flatMap((x) => replay(`trouble:${x.name}`, runScenario(x.scenario).events));
}

/** Every step of the live requests, one simulator per site, replayed like a live timeline. */
export function liveSteps(): Step[] {
  return LIVE.flatMap(({ name, site, requests }) => {
    const sim = createSimulator(site, 42);
    const events = requests.flatMap((r) => sim.handle(r).events);
    return replay(`live:${name}`, events);
  });
}

/** What a learner sends from the form or the console while a scene is open. */
const IN_SCENE: HttpRequest[] = [
  request('GET', '/environ?live=1'),
  request('GET', '/slow'),
  request('GET', '/nope'),
  request('GET', '/boom'),
  request('GET', '/admin/'),
  request('POST', '/environ', { body: 'name=ada' }),
];

/**
 * Live requests as the explainer serves them: sent into each scene's own world
 * after its script (as a widget's session does), replayed after the scene's
 * trace; only the live steps are returned.
 */
export function sceneLiveSteps(): Step[] {
  return Object.values(scenarios).flatMap((s) => {
    const world = startScenario(s);
    const scene = world.trace.events;
    const live = IN_SCENE.flatMap((r) => world.handle(r).events);
    return replay(`scene-live:${s.id}`, [...scene, ...live]).slice(scene.length);
  });
}
