// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Layer boundaries (see README "Layout"): the engine is pure (no browser API, no DOM), contracts
 * import only zod, platform wraps browser APIs, runtime parts sit on top. `no-restricted-imports`
 * enforces the import direction; `no-restricted-globals` keeps browser globals out of the engine.
 */
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'indexedDB', 'HTMLElement', 'Element', 'Node', 'MutationObserver'];
const layer = (files, patterns, extra = {}) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
});
const RUNTIME = ['**/background/**', '**/content/**', '**/ui/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/.build/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No focused tests.' },
      ],
    },
  },
  layer(['src/engine/**'], [
    { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*', 'dexie', 'comlink'], message: 'src/engine is pure: no browser, DOM or storage library.' },
    { group: ['**/platform/**', ...RUNTIME, '**/server/**', '**/cli/**'], message: 'src/engine may import only src/contracts.' },
  ], { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] }),
  layer(['src/contracts/**'], [
    { group: ['**/engine/**', '**/platform/**', ...RUNTIME, '**/server/**', '**/cli/**', 'wxt', 'wxt/*', '#imports', 'preact', 'dexie'], message: 'src/contracts imports zod only.' },
  ], { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] }),
  layer(['src/platform/**'], [
    { group: ['**/engine/**', ...RUNTIME, '**/server/**', '**/cli/**'], message: 'src/platform wraps browser APIs and imports only contracts.' },
  ]),
  layer(['src/background/**', 'src/content/**', 'src/ui/**'], [
    { group: ['**/server/**', '**/cli/**'], message: 'Runtime parts do not import the server or the CLI.' },
  ]),
  layer(['src/server/**', 'src/cli/**'], [
    { group: ['**/platform/**', ...RUNTIME, 'wxt', 'wxt/*', '#imports'], message: 'Server and CLI use engine and contracts only.' },
  ]),
);
