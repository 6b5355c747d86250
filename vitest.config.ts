import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Two projects. The engine (and the corpus built on it) runs without WXT's test plugin and fake
 * browser: that keeps the "pure engine, no browser API" layering honest (an engine module that
 * reached for `browser` would fail here) and saves their per-file setup. Every other unit test
 * gets them. DOM tests opt in per file with `// @vitest-environment happy-dom`.
 */
const PURE = ['tests/unit/engine/**/*.test.ts', 'tests/unit/corpus/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine', include: PURE, environment: 'node', testTimeout: 20_000 } },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: PURE,
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
