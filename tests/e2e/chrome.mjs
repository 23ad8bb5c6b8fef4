// Finds a Chromium/Chrome binary; installs Debian's chromium when we are root with apt-get.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first browser found: $CHROME_PATH, $CHROMIUM_PATH, then the usual Debian/Google paths. */
export function findChrome() {
  const fromEnv = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH].filter(Boolean);
  return [...fromEnv, ...CANDIDATES].find(executable) ?? null;
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Finds a browser, installing one with apt-get if possible; exits with one line otherwise. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    console.log('No Chromium found: running `apt-get update && apt-get install -y chromium`');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: 'inherit',
    });
    const installed = findChrome();
    if (result.status === 0 && installed) return installed;
  }
  console.error(
    'No Chromium/Chrome found: install one (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH=/path/to/chrome.',
  );
  process.exit(1);
}
