// The lint rule that keeps src/sim pure fails on a violation (and passes clean code).
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });
const lint = async (code: string) => {
  const [result] = await eslint.lintText(code, {
    filePath: resolve(ROOT, 'src/sim/__lint_probe__.ts'),
  });
  return result.messages.map((m) => m.ruleId);
};

describe('src/sim lint boundary', () => {
  it('rejects React, msw, zustand, framer-motion, src/ui/src/store/src/server, Date.now and Math.random', async () => {
    expect(await lint("import { useState } from 'react';\nexport const x = useState;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await lint("import { http } from 'msw';\nexport const x = http;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await lint("import { setupWorker } from 'msw/browser';\nexport const x = setupWorker;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await lint("import { createStore } from 'zustand/vanilla';\nexport const x = createStore;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await lint("import { subscribe } from '../server/bus';\nexport const x = subscribe;\n"),
    ).toContain('local/sim-boundary');
    expect(
      await lint("import { Widget } from '../ui/Widget';\nexport const x = Widget;\n"),
    ).toContain('local/sim-boundary');
    expect(await lint('export const t = Date.now();\n')).toContain('no-restricted-properties');
    expect(await lint('export const r = Math.random();\n')).toContain('no-restricted-properties');
  }, 60_000);

  it('accepts a pure module', async () => {
    expect(
      await lint(
        "import type { TraceEvent } from './types';\nexport const n = (e: TraceEvent) => e.t;\n",
      ),
    ).toEqual([]);
  }, 60_000);
});
