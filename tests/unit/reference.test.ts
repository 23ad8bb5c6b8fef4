/**
 * The engine against the real programs: every case in tests/reference/cases.ts
 * is sent to the simulated site that mirrors the setup it was recorded on
 * (tests/reference/fixtures.json, `npm run reference:record`), and the
 * answers are compared field by field: status, reason, the headers below,
 * the body (error pages, files) or the echo app's environ key by key.
 */
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../src/sim/simulator';
import { defaultSite, siteWith } from '../../src/sim/scenarios/site';
import { scene as forkScene } from '../../src/scenes/fork';
import type { HttpResponse, SiteConfig } from '../../src/sim/types';
import { CASES, resolveHeaders, type RefCase, type SiteKey } from '../reference/cases';
import fixtures from '../reference/fixtures.json';
import type { Fixtures, RecordedAnswer } from '../reference/fixtures';

const SITES: Record<SiteKey, SiteConfig> = {
  proxy: defaultSite,
  'proxy-flask': siteWith({ wsgi: { app: 'flask' } }),
  shared: siteWith({ wsgi: { middleware: [{ kind: 'static', prefix: '/assets' }] } }),
  gzip: siteWith({ wsgi: { middleware: [{ kind: 'gzip' }] } }),
  uwsgi: siteWith({
    wsgi: {
      server: 'uwsgi',
      middleware: [{ kind: 'dispatcher', mounts: { '/flask': 'echo' } }],
      app: 'echo',
    },
  }),
  'uwsgi-flask': siteWith({ wsgi: { server: 'uwsgi', app: 'flask' } }),
  wsgiref: forkScene.scenario.site,
  'wsgiref-flask': siteWith({ wsgi: { app: 'flask' } }, forkScene.scenario.site),
};

const COMPARED_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'last-modified',
  'etag',
  'allow',
  'location',
  'vary',
  'cache-control',
  'accept-ranges',
  'connection',
  'server',
  'date',
  'expires',
];

/**
 * What may differ, and why. Everything else must match exactly.
 */
const versions = (v: string) => v.replace(/\d+(?:\.\d+)+(?:-debian)?/g, 'N');
const HEADER_RULES: Record<string, (v: string) => string> = {
  // The time of the recording vs the simulation's fixed clock: only presence counts.
  date: () => 'present',
  expires: () => 'present', // Werkzeug's Expires is now + max-age
  // Debian's nginx 1.22.1 / gunicorn 20.1 vs the versions the simulation names.
  server: versions,
  // The recording is plain http on a loopback port; the simulated site is https://demo.test.
  location: (v) => new URL(v, 'https://demo.test').pathname,
  // Werkzeug's ETag ends with the adler32 of the absolute file name on disk
  // (a temp folder while recording; the simulated folder has no disk path).
  etag: (v) => v.replace(/^"(wzsdm-[^-]+-\d+)-\d+"$/, '"$1-ADLER"'),
};

/** Environ keys that may differ, and how they are compared instead. */
function environRule(site: SiteKey, key: string): ((v: unknown) => unknown) | undefined {
  const present = () => 'present';
  // The client: 127.0.0.1 and an ephemeral port while recording, a simulated address in the engine.
  if (key === 'REMOTE_PORT' || key === 'REMOTE_ADDR' || key === 'HTTP_X_FORWARDED_FOR')
    return present;
  // gunicorn 20.1 / uWSGI 2.0.21 vs the versions the simulation names.
  if (key === 'SERVER_SOFTWARE' || key === 'uwsgi.version') return (v) => versions(String(v));
  // uWSGI's http-socket names the machine (its host name) in SERVER_NAME and uwsgi.node.
  if (site.startsWith('uwsgi') && (key === 'SERVER_NAME' || key === 'uwsgi.node')) return present;
  if (site.startsWith('wsgiref')) {
    // The real wsgiref was bound to 127.0.0.1 on a free port over plain http; the
    // simulated one is the listener of https://demo.test on 443.
    if (key === 'SERVER_NAME' || key === 'SERVER_PORT' || key === 'wsgi.url_scheme') return present;
    // wsgiref copies os.environ into every environ; the recording ran it with an
    // empty environment, where Python itself still sets LC_CTYPE.
    if (key === 'LC_CTYPE') return () => 'ignored';
  }
  return undefined;
}

interface Field {
  field: string;
  real: unknown;
  sim: unknown;
}

function simAnswer(sim: Simulator, c: RefCase, headers: [string, string][]): HttpResponse {
  const body = new Uint8Array(c.bodyBytes ?? 0).fill(0x61);
  const all: [string, string][] = [['Host', 'demo.test'], ...headers];
  if (c.bodyBytes !== undefined) all.push(['Content-Length', String(body.length)]);
  return sim.handle({ method: c.method, url: `https://demo.test${c.target}`, headers: all, body })
    .response;
}

function header(headers: [string, string][], name: string): string | undefined {
  return headers.find(([k]) => k.toLowerCase() === name)?.[1];
}

function compare(site: SiteKey, real: RecordedAnswer, sim: HttpResponse): Field[] {
  const fields: Field[] = [
    { field: 'status', real: real.status, sim: sim.status },
    { field: 'reason', real: real.reason, sim: sim.reason },
  ];
  const encoded = header(sim.headers, 'content-encoding') === 'gzip';
  const simBody = encoded ? gunzipSync(sim.body) : sim.body;
  const simText = new TextDecoder('latin1').decode(simBody);
  const simType = header(sim.headers, 'content-type') ?? '';
  const simEnviron =
    simType.startsWith('application/json') && simBody.length
      ? (JSON.parse(new TextDecoder().decode(simBody)) as Record<string, unknown>)
      : undefined;
  const isEnviron = real.environ !== undefined || simEnviron !== undefined;
  // An echo answer (HEAD included): its length depends on every environ value.
  const isEcho = isEnviron || simType.startsWith('application/json');
  for (const name of COMPARED_HEADERS) {
    // An echo body's length depends on every environ value: the environ is compared instead.
    if (name === 'content-length' && isEcho) continue;
    const r = header(real.headers, name);
    const s = header(sim.headers, name);
    if (r === undefined && s === undefined) continue;
    const rule = HEADER_RULES[name] ?? ((v: string) => v);
    fields.push({
      field: `header ${name}`,
      real: r === undefined ? undefined : rule(r),
      sim: s === undefined ? undefined : rule(s),
    });
  }
  if (isEnviron) {
    const re = real.environ ?? {};
    const se = simEnviron ?? {};
    for (const key of [...new Set([...Object.keys(re), ...Object.keys(se)])].sort()) {
      const rule = environRule(site, key);
      // Objects (streams, sockets, file_wrapper) are described differently on each side: presence only.
      const norm = (v: unknown) =>
        v === undefined ? undefined : re[key] === '<object>' ? 'present' : rule ? rule(v) : v;
      if (rule && rule(undefined) === 'ignored') continue;
      fields.push({ field: `environ ${key}`, real: norm(re[key]), sim: norm(se[key]) });
    }
  } else {
    fields.push({ field: 'body', real: versions(real.bodyText ?? ''), sim: versions(simText) });
  }
  return fields;
}

const recorded = fixtures as unknown as Fixtures;
const byId = new Map(recorded.answers.map((a) => [a.id, a]));

function runAll(): { id: string; fields: Field[] }[] {
  const sims = new Map<SiteKey, Simulator>();
  const simAnswers = new Map<string, HttpResponse>();
  return CASES.map((c) => {
    const real = byId.get(c.id);
    if (!real) throw new Error(`no recording for ${c.id}: run npm run reference:record`);
    let sim = sims.get(c.site);
    if (!sim) {
      sim = createSimulator(SITES[c.site], 1);
      sims.set(c.site, sim);
    }
    const headers = resolveHeaders(c, (id) => simAnswers.get(id));
    const answer = simAnswer(sim, c, headers);
    simAnswers.set(c.id, answer);
    return { id: c.id, fields: compare(c.site, real, answer) };
  });
}

describe('the engine answers like the real programs (tests/reference/fixtures.json)', () => {
  const results = runAll();
  const total = results.reduce((n, r) => n + r.fields.length, 0);
  const matching = results.reduce(
    (n, r) => n + r.fields.filter((f) => JSON.stringify(f.real) === JSON.stringify(f.sim)).length,
    0,
  );

  // REFERENCE_REPORT=1 npx vitest run tests/unit/reference.test.ts prints every difference.
  if (process.env.REFERENCE_REPORT) {
    for (const { id, fields } of results)
      for (const f of fields)
        if (JSON.stringify(f.real) !== JSON.stringify(f.sim))
          console.log(
            `${id} | ${f.field} | real ${JSON.stringify(f.real)?.slice(0, 160)} | sim ${JSON.stringify(f.sim)?.slice(0, 160)}`,
          );
  }

  it('records every case', () => {
    expect(recorded.answers.map((a) => a.id)).toEqual(CASES.map((c) => c.id));
  });

  for (const { id, fields } of results) {
    it(id, () => {
      const differ = fields.filter((f) => JSON.stringify(f.real) !== JSON.stringify(f.sim));
      expect(differ).toEqual(KNOWN_DIFFERENCES[id] ?? []);
    });
  }

  it(`compares ${total} fields, ${matching} matching`, () => {
    expect(total).toBeGreaterThan(400);
  });
});

/**
 * Differences that remain on purpose, per case, each with its reason. The
 * tests above fail when one disappears as well as when a new one appears.
 */
const KNOWN_DIFFERENCES: Record<string, Field[]> = {};
