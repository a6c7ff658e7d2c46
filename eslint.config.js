// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports the engine must never make: it stays pure so the UI, the CLI and the tests share it. */
const engineMayNotImport = {
  patterns: [
    { group: ['react', 'react-dom', 'react-*', '@xstate/react', 'i18next', 'react-i18next'], message: 'The engine is pure: no React or i18next.' },
    { group: ['**/ui/**', '**/i18n/**', '**/cli/**', '**/node/**', '**/build/**'], message: 'The engine does not depend on the app, the CLI or Node helpers.' },
    { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser too: no Node APIs.' },
  ],
};

/** The app may only use the engine's runtime contract, which keeps zod and the YAML parser out of the bundle. */
const uiMayNotImport = {
  patterns: [
    { group: ['**/engine/*', '!**/engine/index', '!**/engine/profiles', '**/engine/authoring*', '**/engine/authoring/**'], message: 'Import the engine only through src/engine/index.ts (or src/engine/profiles for contacts).' },
    { group: ['zod', 'yaml', 'node:*', '**/cli/**', '**/node/**', '**/build/**'], message: 'The app does not ship the validator, the YAML parser or Node code.' },
  ],
};

/**
 * The lazily loaded trainer pages (src/ui/trainer/**) may also draw and compare flows: the diagram
 * model, layout and SVG and the diff are pure (no zod, no YAML) — exactly those modules, nothing else.
 */
const trainerMayNotImport = {
  patterns: [
    {
      // Anything under engine/ except index, profiles, diff and diagram/{model,layout,svg}.
      regex: '(^|/)engine/(?!(index|profiles|diff|diagram/model|diagram/layout|diagram/svg)$)',
      message: 'Import the engine through src/engine/index.ts; the trainer may also use engine/diagram/{model,layout,svg} and engine/diff.',
    },
    uiMayNotImport.patterns[1],
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/engine/**/*.ts'], ignores: ['src/engine/authoring.ts', 'src/engine/authoring/**'], rules: { 'no-restricted-imports': ['error', engineMayNotImport] } },
  { files: ['src/ui/**/*.{ts,tsx}', 'src/i18n/**/*.ts', 'src/main.tsx'], plugins: { 'react-hooks': reactHooks }, rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', uiMayNotImport] } },
  { files: ['src/ui/trainer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', trainerMayNotImport] } },
  {
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/^on(Mouse|Pointer)(Enter|Leave|Over|Out)(Capture)?$/]',
          message: 'Hover events never reach React in this app (src/ui/ignoreHoverEvents.ts): style hover in CSS, or remove that file first.',
        },
      ],
    },
  },
);
