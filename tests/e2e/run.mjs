// Browser test runner (`npm run test:e2e`): builds the site, serves it from two
// origins (127.0.0.1 and localhost, i.e. two sites, for embed tests), and runs
// tests/e2e/*.test.mjs with node's test runner.
//   E2E_URL       http://127.0.0.1:<port>/wsgi-explained/   the site
//   E2E_URL_2     http://localhost:<port>/wsgi-explained/   the same build from another site
// Both serve the build under a sub-path, as GitHub Pages does: resolve page
// URLs against them (`new URL('embed.html', process.env.E2E_URL)`).
//   CHROME_PATH   the browser the tests launch
// SKIP_BUILD=1 reuses dist/. Extra arguments select test files.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureChrome } from './chrome.mjs';
import { build, ROOT, startPreview } from './servers.mjs';

const started = performance.now();
const chrome = ensureChrome();
console.log(`e2e: browser ${chrome}`);

if (process.env.SKIP_BUILD === '1') console.log('e2e: SKIP_BUILD=1, using dist/ as it is');
else await build(['--logLevel', 'warn']);

const servers = [];
const stopAll = () => servers.forEach((s) => s.stop());
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

let code = 1;
try {
  const basePath = '/wsgi-explained/';
  // CORS like GitHub Pages, for sandboxed (opaque-origin) frames: see preview.config.mjs.
  const extraArgs = ['--config', join(ROOT, 'tests/e2e/preview.config.mjs')];
  servers.push(await startPreview({ hostname: '127.0.0.1', basePath, extraArgs }));
  servers.push(await startPreview({ hostname: 'localhost', basePath, extraArgs }));
  const [site, other] = servers;
  console.log(`e2e: serving ${site.url} and ${other.url}`);

  const dir = join(ROOT, 'tests/e2e');
  const selected = process.argv.slice(2);
  const files =
    selected.length > 0
      ? selected
      : readdirSync(dir)
          .filter((name) => name.endsWith('.test.mjs'))
          .sort()
          .map((name) => relative(ROOT, join(dir, name)));

  code = await new Promise((done) => {
    const child = spawn(process.execPath, ['--test', ...files], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, E2E_URL: site.url, E2E_URL_2: other.url, CHROME_PATH: chrome },
    });
    child.once('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error);
} finally {
  stopAll();
}
console.log(
  `e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(code);
