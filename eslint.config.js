/**
 * ESLint flat config (eslint 10, typescript-eslint 8, not type-aware so `npm run lint` stays fast).
 *
 * Besides the usual recommended rules it enforces the layer boundaries of docs/architecture.md:
 *   firmware/  pure TypeScript: imports only xstate and itself; no DOM or storage globals, no Date.now/Math.random
 *   outside/   the outside world's logic under the same rules; it reaches the firmware only through firmware/index.ts,
 *              and the firmware never imports it
 *   scenarios/ scenarios and lessons, pure logic too; firmware/ and outside/ only through their index.ts
 *   cli/       the command line (Node): the pure layers through their index.ts; never src/ or osd/
 *   osd/       pixi.js and other drawing libraries, plus *types* (only) from the firmware; no React, idb, xstate, src/
 *   src/       the composition root: reaches firmware/, outside/ and osd/ only through their index.ts
 * tests/lint/boundaries.test.ts proves each boundary rule fires. Formatting is Prettier's job (eslint-config-prettier last).
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers that must run headless in Node: the recorder and its cameras, the outside world, the scenarios. */
const PURE_LOGIC = ['firmware/**/*.{ts,tsx,js,mjs}', 'outside/**/*.{ts,tsx,js,mjs}', 'scenarios/**/*.{ts,tsx,js,mjs}'];

/** How deep src/ folders may nest for the entry-point rule below (src/a/b/c/d/e/f/g/x.ts). */
const SRC_MAX_DEPTH = 8;

const UI_LIBRARIES = ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react', '@xstate/react/*'];
const STORAGE_LIBRARIES = ['idb', 'idb/*'];
const LIBRARIES_PURE_LOGIC_MAY_NOT_USE = ['pixi.js', 'pixi.js/*', '@pixi/*', ...UI_LIBRARIES, ...STORAGE_LIBRARIES];

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    '.test-results/',
    'public/fonts/',
    'tests/e2e/__screenshots__/',
  ]),

  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Where each kind of code runs, for the globals it may use.
  { files: ['src/**', 'osd/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['tests/**', 'scripts/**', 'bin/**', '*.{js,mjs,cjs,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // firmware/ and outside/: no ambient time, randomness or browser state.
  {
    files: PURE_LOGIC,
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message: `firmware/ and outside/ run in Node without a DOM: no ${name}. Effects leave as emitted events or provided actors.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as data (SimulationClock), not from Date.now().' },
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness comes in as data (a seed), not from Math.random().',
        },
        ...['window', 'globalThis'].flatMap((object) => [
          { object, property: 'document', message: 'firmware/ and outside/ run without a DOM.' },
          { object, property: 'localStorage', message: 'firmware/ and outside/ do not touch storage.' },
          { object, property: 'indexedDB', message: 'firmware/ and outside/ do not touch storage.' },
        ]),
      ],
    },
  },

  // firmware/: no UI, drawing or storage library, no other layer.
  {
    files: ['firmware/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LIBRARIES_PURE_LOGIC_MAY_NOT_USE,
              message: 'firmware/ is pure logic: it imports only xstate and itself (docs/architecture.md).',
            },
            {
              group: ['**/osd', '**/osd/**', '**/src', '**/src/**', '**/outside', '**/outside/**'],
              message: 'firmware/ must not import osd/, src/ or outside/: they depend on it, not the other way round.',
            },
          ],
        },
      ],
    },
  },

  // outside/: the same libraries are off limits; the firmware only through its entry point; never osd/ or src/.
  {
    files: ['outside/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LIBRARIES_PURE_LOGIC_MAY_NOT_USE,
              message:
                'outside/ is pure logic like the firmware: no UI, drawing or storage library (docs/architecture.md).',
            },
            {
              group: ['**/osd', '**/osd/**', '**/src', '**/src/**'],
              message: 'outside/ must not import osd/ or src/: they depend on it, not the other way round.',
            },
            {
              regex: '^(\\.\\./)+firmware/',
              message: "outside/ reaches the firmware through its entry point firmware/index.ts ('../firmware').",
            },
          ],
        },
      ],
    },
  },

  // scenarios/: pure logic over the firmware and the outside world, through their entry points; never osd/ or src/.
  {
    files: ['scenarios/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LIBRARIES_PURE_LOGIC_MAY_NOT_USE,
              message: 'scenarios/ is pure logic: no UI, drawing or storage library (docs/architecture.md).',
            },
            {
              group: ['**/osd', '**/osd/**', '**/src', '**/src/**'],
              message: 'scenarios/ must not import osd/ or src/: they depend on it, not the other way round.',
            },
            {
              regex: '^(\\.\\./)+(firmware|outside)/',
              message:
                "scenarios/ reaches firmware/ and outside/ through their entry points ('../firmware', '../outside').",
            },
          ],
        },
      ],
    },
  },

  // cli/: the command line, in Node: the scenarios (and later the journal) through their entry points; no UI or storage.
  {
    files: ['cli/**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LIBRARIES_PURE_LOGIC_MAY_NOT_USE,
              message: 'cli/ runs in Node: no UI, drawing or storage library (docs/architecture.md).',
            },
            {
              group: ['**/osd', '**/osd/**', '**/src', '**/src/**'],
              message: 'cli/ must not import osd/ or src/: the browser shell is not part of the command line.',
            },
            {
              regex: '^(\\.\\./)+(firmware|outside|scenarios)/',
              message: 'cli/ reaches firmware/, outside/ and scenarios/ through their entry points.',
            },
          ],
        },
      ],
    },
  },

  // osd/: draws the model; may see the firmware's types, never its values (it holds no actor, decides nothing).
  {
    files: ['osd/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/firmware', '**/firmware/**'],
              allowTypeImports: true,
              message:
                'osd/ imports only types from the firmware (`import type`): it draws an OsdModel and decides nothing.',
            },
            {
              group: [...UI_LIBRARIES, ...STORAGE_LIBRARIES, 'xstate', 'xstate/*'],
              message: 'osd/ is the pixi.js renderer: no React, no actors, no storage (docs/architecture.md).',
            },
            {
              group: ['**/src', '**/src/**', '**/outside', '**/outside/**'],
              message: "osd/ must not import src/ or outside/: it draws the recorder's screen, and src/ composes it.",
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
    },
  },

  // src/: the composition root reaches the other layers only through their public entry points. The check works on
  // the import text, so it is spelled per folder depth: from src/bench/x.tsx, '../../osd/render/y' is the OSD layer
  // (forbidden) while '../osd/useOsd' is src/osd/useOsd.ts (allowed).
  ...Array.from({ length: SRC_MAX_DEPTH }, (_, depth) => ({
    files: [`src/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['firmware', 'outside', 'scenarios', 'osd'].map((layer) => ({
            regex: `^(\\./)?${'\\.\\./'.repeat(depth + 1)}${layer}/(?!index(\\.ts)?$)`,
            message: `Import ${layer}/ through its entry point ${layer}/index.ts ('${'../'.repeat(depth + 1)}${layer}').`,
          })),
        },
      ],
    },
  })),

  // React: rules of hooks (and the React Compiler's checks) for the shell's components and hooks.
  { files: ['src/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },

  prettier,
);
