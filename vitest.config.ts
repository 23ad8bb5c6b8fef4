import { defineConfig } from 'vitest/config';
import { lessonModules } from './src/content/lessonModules.ts';

export default defineConfig({
  // Tests import lessons as `content/…/*.md?lesson`, parsed the way `vite build` does.
  plugins: [lessonModules()],
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/engine.ts'],
  },
});
