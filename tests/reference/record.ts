/**
 * `npm run reference:record`: runs the real programs (nginx, gunicorn, uWSGI,
 * wsgiref, Werkzeug's SharedDataMiddleware, Paste's gzip) on 127.0.0.1 with
 * configurations that mirror the simulated sites, sends them CASES and
 * writes what they answered to tests/reference/fixtures.json.
 *
 * Not part of `npm test` (CI has no such servers); the fixtures are, through
 * tests/unit/reference.test.ts. Every server is started here as a child
 * process (never as a system service) and stopped by its PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, utimesSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { docroot } from '../../src/sim/scenarios/site';
import { SHARED_FILES } from '../../src/sim/middleware/sharedFiles';
import { fileBytes } from '../../src/sim/http/staticFile';
import { CASES, resolveHeaders, type RefCase, type SiteKey } from './cases';
import type { RecordedAnswer, Fixtures } from './fixtures';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGES = [
  'nginx',
  'gunicorn',
  'uwsgi',
  'uwsgi-plugin-python3',
  'python3-werkzeug',
  'python3-flask',
  'python3-paste',
];
/** Debian's Python, the one gunicorn and uWSGI's plugin use (not whatever python3 is first on PATH). */
const PYTHON = '/usr/bin/python3';
const NGINX_PORT = 18480;
const WSGIREF_PORT = 18481;
/** gunicorn's and uWSGI's port, as in the simulated site (127.0.0.1:8000). */
const UPSTREAM_PORT = 8000;

function ensurePrograms(): void {
  const missing = ['nginx', 'gunicorn', 'uwsgi'].filter(
    (p) => spawnSync('sh', ['-c', `command -v ${p}`]).status !== 0,
  );
  const py = spawnSync(PYTHON, ['-c', 'import werkzeug, paste.gzipper, flask']);
  const plugin = spawnSync('sh', ['-c', 'ls /usr/lib/uwsgi/plugins/python3*_plugin.so']);
  if (missing.length === 0 && py.status === 0 && plugin.status === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing: ${[...missing, py.status ? 'python3-werkzeug/paste/flask' : '', plugin.status ? 'uwsgi-plugin-python3' : ''].filter(Boolean).join(', ')}.\n` +
        `Install them as root: apt-get install -y ${PACKAGES.join(' ')}`,
    );
    process.exit(2);
  }
  const r = spawnSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function versionOf(cmd: string[]): string {
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.trim().split('\n')[0];
}

function writeFiles(dir: string): void {
  const write = (root: string, files: typeof docroot) => {
    for (const [path, file] of Object.entries(files)) {
      const at = join(root, path);
      mkdirSync(dirname(at), { recursive: true });
      writeFileSync(at, fileBytes(file));
      utimesSync(at, file.mtime / 1000, file.mtime / 1000);
    }
  };
  write(join(dir, 'docroot'), docroot);
  write(join(dir, 'assets'), SHARED_FILES);
  copyFileSync(join(HERE, 'apps.py'), join(dir, 'apps.py'));
}

/** Mirrors src/sim/scenarios/site.ts `nginx`: the docroot's prefixes, the rest proxied. */
function nginxConf(dir: string): string {
  const exact = ['/index.html', '/style.css', '/logo.svg', '/favicon.ico', '/static'];
  return `
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log info;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  client_max_body_size 1m;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    server_name demo.test;
    root ${dir}/docroot;
${exact.map((p) => `    location = ${p} { }`).join('\n')}
    location /static/ { }
    location / {
      proxy_pass http://127.0.0.1:${UPSTREAM_PORT};
      # The simulated proxy passes Host and adds X-Forwarded-*; the simulated
      # site is https, this loopback run is plain http.
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-Host $host;
    }
  }
}
`;
}

const children: ChildProcess[] = [];

function start(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
  bare = false,
): ChildProcess {
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: bare ? env : { ...process.env, ...env },
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.length > 20000) err = err.slice(-10000);
  });
  child.on('exit', (code, signal) => {
    if (code && code !== 0 && signal === null) console.error(`${cmd} exited ${code}:\n${err}`);
  });
  children.push(child);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await done;
  clearTimeout(timer);
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

async function waitForPortFree(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const busy = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} stays busy`);
}

interface Raw {
  status: number;
  reason: string;
  headers: [string, string][];
  body: Buffer;
}

/** One request over a raw socket (so invalid header names go out as written). */
function send(port: number, c: RefCase, headers: [string, string][]): Promise<Raw> {
  const body = Buffer.alloc(c.bodyBytes ?? 0, 'a');
  const lines = [`${c.method} ${c.target} HTTP/1.1`, 'Host: demo.test'];
  for (const [k, v] of headers) lines.push(`${k}: ${v}`);
  if (c.bodyBytes !== undefined) lines.push(`Content-Length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1');
    let got = Buffer.alloc(0);
    let settled = false;
    const finish = () => {
      if (settled) return;
      const parsed = parse(got, c.method === 'HEAD');
      if (parsed) {
        settled = true;
        s.destroy();
        resolve(parsed);
      }
    };
    s.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      finish();
    });
    s.on('error', () => {
      /* the server may close before the whole body was sent (413) */
    });
    s.on('close', () => {
      if (settled) return;
      const parsed = parse(got, c.method === 'HEAD', true);
      settled = true;
      if (parsed) resolve(parsed);
      else reject(new Error(`${c.id}: no complete answer (${got.length} bytes)`));
    });
    s.setTimeout(10000, () => s.destroy());
    s.write(head);
    if (body.length) s.write(body);
  });
}

function parse(buf: Buffer, head: boolean, closed = false): Raw | null {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...rest] = buf.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.\d (\d{3}) ?(.*)$/.exec(statusLine);
  if (!m) throw new Error(`bad status line ${statusLine}`);
  const headers = rest.map((l): [string, string] => {
    const i = l.indexOf(':');
    return [l.slice(0, i), l.slice(i + 1).trim()];
  });
  const get = (n: string) => headers.find(([k]) => k.toLowerCase() === n)?.[1];
  const status = Number(m[1]);
  const raw = buf.subarray(end + 4);
  const result = (body: Buffer): Raw => ({ status, reason: m[2], headers, body });
  if (head || status === 304 || status === 204) return result(Buffer.alloc(0));
  if (get('transfer-encoding')?.toLowerCase() === 'chunked') {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const nl = raw.indexOf('\r\n', at);
      if (nl < 0) return closed ? result(Buffer.concat(parts)) : null;
      const size = parseInt(raw.subarray(at, nl).toString(), 16);
      if (size === 0) return result(Buffer.concat(parts));
      if (raw.length < nl + 2 + size + 2) return closed ? result(Buffer.concat(parts)) : null;
      parts.push(raw.subarray(nl + 2, nl + 2 + size));
      at = nl + 2 + size + 2;
    }
  }
  const length = get('content-length');
  if (length !== undefined)
    return raw.length >= Number(length) ? result(raw.subarray(0, Number(length))) : null;
  return closed ? result(raw) : null;
}

function describe(c: RefCase, raw: Raw, sentHeaders: [string, string][]): RecordedAnswer {
  let body = raw.body;
  if (raw.headers.some(([k, v]) => k.toLowerCase() === 'content-encoding' && v === 'gzip'))
    body = gunzipSync(body);
  const type = raw.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const text = body.toString('latin1');
  let environ: Record<string, unknown> | undefined;
  if (type.startsWith('application/json') && body.length) environ = JSON.parse(body.toString());
  return {
    id: c.id,
    request: { headers: sentHeaders },
    status: raw.status,
    reason: raw.reason,
    headers: raw.headers,
    bodyBytes: raw.body.length,
    ...(environ
      ? { environ }
      : { bodyText: text.length > 2000 ? `${text.slice(0, 2000)}…` : text }),
  };
}

async function main(): Promise<void> {
  ensurePrograms();
  const dir = mkdtempSync(join(tmpdir(), 'wsgi-reference-'));
  writeFiles(dir);
  writeFileSync(join(dir, 'nginx.conf'), nginxConf(dir));
  const answers = new Map<string, RecordedAnswer & { raw: Raw }>();
  const versions = {
    nginx: versionOf(['nginx', '-v']),
    gunicorn: versionOf(['gunicorn', '--version']),
    uwsgi: versionOf(['uwsgi', '--version']),
    python: versionOf([PYTHON, '--version']),
    werkzeug: versionOf([PYTHON, '-c', 'import werkzeug; print(werkzeug.__version__)']),
    paste: versionOf([PYTHON, '-c', 'import importlib.metadata as m; print(m.version("paste"))']),
  };
  const run = async (site: SiteKey, port: number) => {
    for (const c of CASES.filter((x) => x.site === site)) {
      const headers = resolveHeaders(c, (id) => answers.get(id)?.raw);
      const raw = await send(port, c, headers);
      answers.set(c.id, { ...describe(c, raw, headers), raw });
      console.log(`${c.id}: ${raw.status} ${raw.reason}`);
    }
  };
  const env = { REFERENCE_DIR: dir };
  try {
    const nginx = start('nginx', [
      '-c',
      join(dir, 'nginx.conf'),
      '-g',
      'daemon off; master_process off;',
    ]);
    await waitForPort(NGINX_PORT);
    const gunicorn = async (app: string, refApp: string) => {
      const g = start(
        'gunicorn',
        [
          '--workers',
          '2',
          '--worker-class',
          'sync',
          '--bind',
          `127.0.0.1:${UPSTREAM_PORT}`,
          '--chdir',
          dir,
          `apps:${app}`,
        ],
        { ...env, REFERENCE_APP: refApp },
      );
      await waitForPort(UPSTREAM_PORT);
      return g;
    };
    let g = await gunicorn('echo', 'echo');
    await run('proxy', NGINX_PORT);
    await run('proxy-flask', NGINX_PORT);
    await stop(g);
    await waitForPortFree(UPSTREAM_PORT);
    g = await gunicorn('shared', 'shared');
    await run('shared', NGINX_PORT);
    await stop(g);
    await waitForPortFree(UPSTREAM_PORT);
    g = await gunicorn('gzipped', 'gzip');
    await run('gzip', NGINX_PORT);
    await stop(g);
    await waitForPortFree(UPSTREAM_PORT);
    const u = start(
      'uwsgi',
      [
        '--plugin',
        'python3',
        '--http-socket',
        `127.0.0.1:${UPSTREAM_PORT}`,
        '--master',
        '--processes',
        '2',
        '--chdir',
        dir,
        '--module',
        'apps:dispatch',
        '--disable-logging',
        '--die-on-term',
      ],
      { ...env, REFERENCE_APP: 'dispatch' },
    );
    await waitForPort(UPSTREAM_PORT);
    await run('uwsgi', NGINX_PORT);
    await run('uwsgi-flask', NGINX_PORT);
    await stop(u);
    // wsgiref copies os.environ into every environ: an empty environment keeps
    // this machine's variables out of the fixtures.
    const w = start(PYTHON, [join(dir, 'apps.py'), String(WSGIREF_PORT)], {}, true);
    await waitForPort(WSGIREF_PORT);
    await run('wsgiref', WSGIREF_PORT);
    await run('wsgiref-flask', WSGIREF_PORT);
    await stop(w);
    await stop(nginx);
  } finally {
    for (const c of children) await stop(c);
  }
  const fixtures: Fixtures = {
    recordedAt: new Date().toISOString().slice(0, 10),
    versions,
    answers: CASES.map((c) => {
      const { raw: _raw, ...a } = answers.get(c.id)!;
      void _raw;
      return a;
    }),
  };
  // Formatted as the repository's Prettier would, so a new recording diffs only where answers changed.
  const out = join(HERE, 'fixtures.json');
  const options = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(
    out,
    await prettier.format(JSON.stringify(fixtures), { ...options, filepath: out }),
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(`wrote ${fixtures.answers.length} answers to tests/reference/fixtures.json`);
}

main().catch(async (e) => {
  console.error(e);
  for (const c of children) await stop(c);
  process.exit(1);
});
