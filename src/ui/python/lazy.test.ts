/**
 * The python scene imports LazyPythonPanel statically, so its static import
 * graph is in the page's first chunk: CodeMirror and the panel itself must
 * stay behind the dynamic import().
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT =
  /^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue; // erased at build time
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      if (spec.endsWith('.css')) continue;
      const base = resolve(dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => exists(f));
      if (found) queue.push(found);
    }
  }
  return { files, packages: [...packages] };
}

function exists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

describe('LazyPythonPanel', () => {
  it('pulls in neither CodeMirror nor the panel statically', () => {
    const { files, packages } = staticGraph(resolve(import.meta.dirname, 'LazyPythonPanel.tsx'));
    expect(
      files.some((f) => f.endsWith('PythonPanel.tsx') && !f.endsWith('LazyPythonPanel.tsx')),
    ).toBe(false);
    expect(packages.filter((p) => p.startsWith('@codemirror') || p.startsWith('@lezer'))).toEqual(
      [],
    );
    // Only what the site's first chunk already has (es-hangul: the particles of i18n/fill).
    expect(packages.filter((p) => p !== 'react' && p !== 'es-hangul')).toEqual([]);
  });

  it("PanelPlaceholder (a lazy slot's fallback) imports nothing at all", () => {
    const { files, packages } = staticGraph(resolve(import.meta.dirname, 'PanelPlaceholder.tsx'));
    expect(files).toHaveLength(1);
    expect(packages).toEqual([]);
  });

  it('the check sees CodeMirror when it is there (the panel itself)', () => {
    const { packages } = staticGraph(resolve(import.meta.dirname, 'PythonPanel.tsx'));
    expect(packages).toEqual(expect.arrayContaining(['@codemirror/view', '@codemirror/state']));
  });
});
