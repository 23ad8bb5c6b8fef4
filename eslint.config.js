// Flat ESLint config. The sim/ block enforces "engine first": the simulation
// stays pure TypeScript (no UI, no msw, no real time or randomness).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, relative, resolve, sep } from 'node:path';

// Globals for plain .mjs/.js scripts (Node runners; page.evaluate callbacks run in a browser).
const scriptGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'Request',
    'Response',
    'Headers',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'performance',
    'structuredClone',
    'queueMicrotask',
    'window',
    'document',
    'navigator',
    'location',
    'localStorage',
  ].map((name) => [name, 'readonly']),
);

const forbiddenInSim = ['react', 'react-dom', 'msw', 'zustand', 'framer-motion'];
const outsideSim = ['src/ui', 'src/store', 'src/server'];

/** Reports an import in src/sim whose resolved path lies under one of `outsideSim`. */
const simBoundary = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const root = import.meta.dirname;
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      let target;
      if (spec.startsWith('.')) target = resolve(dirname(context.filename), spec);
      else if (spec.startsWith('/') || spec.startsWith('src/'))
        target = resolve(root, spec.replace(/^\//, ''));
      else return;
      const rel = relative(root, target).split(sep).join('/');
      const hit = outsideSim.find((dir) => rel === dir || rel.startsWith(`${dir}/`));
      if (hit) {
        context.report({
          node: node.source,
          message: `src/sim must not depend on ${hit} (the engine stays pure; the UI depends on it, not the reverse).`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/mockServiceWorker.js', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: scriptGlobals },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/sim/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'sim-boundary': simBoundary } } },
    rules: {
      // Validating HTTP headers and WSGI strings means matching control characters on purpose.
      'no-control-regex': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInSim.map((name) => ({
            name,
            message: 'src/sim is pure TypeScript: no UI or msw code here.',
          })),
          patterns: [
            {
              group: forbiddenInSim.map((name) => `${name}/*`),
              message: 'src/sim is pure TypeScript: no UI or msw code here.',
            },
          ],
        },
      ],
      // Relative imports can't be judged by a pattern ('./server' is src/sim/wsgi/server.ts):
      // this rule resolves each one and forbids src/ui, src/store and src/server.
      'local/sim-boundary': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use the simulation clock (virtual time).' },
        { object: 'Math', property: 'random', message: 'Use the seeded rng.' },
      ],
    },
  },
  {
    // A scene module is data the engine, the lessons and the UI all read: it may import
    // src/sim, never the UI, the store or the request plumbing.
    files: ['src/scenes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInSim.map((name) => ({
            name,
            message: 'src/scenes is pure data: no UI or msw code here.',
          })),
          patterns: [
            {
              group: [
                ...forbiddenInSim.map((name) => `${name}/*`),
                ...outsideSim.map((dir) => `**/${dir.replace('src/', '')}/*`),
              ],
              message: 'src/scenes is pure data: it may import src/sim, not the UI.',
            },
          ],
        },
      ],
    },
  },
);
