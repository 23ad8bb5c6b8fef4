import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('public/mockServiceWorker.js', () => {
  it('is the worker of the installed msw (run `npx msw init public --save` after upgrading msw)', () => {
    const committed = readFileSync(resolve(root, 'public/mockServiceWorker.js'), 'utf8');
    const installed = readFileSync(
      resolve(root, 'node_modules/msw/lib/mockServiceWorker.js'),
      'utf8',
    );
    expect(committed === installed).toBe(true);
  });
});
