// Flat ESLint config. The sim/ block enforces "engine first": the simulation
// stays pure TypeScript (no UI, no msw, no real time or randomness).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
              group: [
                ...forbiddenInSim.map((name) => `${name}/*`),
                '**/ui',
                '**/ui/*',
                '**/store',
                '**/store/*',
                '**/server',
                '**/server/*',
              ],
              message:
                'src/sim must not depend on src/ui, src/store, src/server or UI/msw packages.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use the simulation clock (virtual time).' },
        { object: 'Math', property: 'random', message: 'Use the seeded rng.' },
      ],
    },
  },
);
