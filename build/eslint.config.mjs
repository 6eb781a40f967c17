// Lint guards the layers of DESIGN.md section 3; run as `eslint --config build/eslint.config.mjs .`
// (with --config, file patterns are relative to the project root).
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'Node APIs are not available here.' }
const electronModule = { name: 'electron', message: 'Only electron/main and the preload may import electron.' }
const sqlJs = { name: 'sql.js', message: 'sql.js is imported only in adapters (main, worker, pipeline, test helpers).' }
const miniSearch = { name: 'minisearch', message: 'MiniSearch is wrapped by data/core/search only.' }
const noUi = { name: 'react', message: 'No UI in the core.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'data/out/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-default-export': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.name="RegExp"]', message: 'Never build a RegExp from input.' },
        { selector: 'NewExpression[callee.name="RegExp"]', message: 'Never build a RegExp from input.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './data/core', from: ['./electron', './renderer', './data/pipeline', './tests', './build'], message: 'data/core imports nothing of ours.' },
            { target: './renderer/src', from: ['./electron', './data/pipeline', './build'], message: 'The renderer talks only to EncyclopediaApi (data/core).' },
            // Inside the renderer: app/ assembles features; features build on the layers below them.
            { target: './renderer/src/features', from: './renderer/src/app', message: 'Features never import app/: what several features use lives below them (routing/, data/, components/).' },
            {
              target: ['./renderer/src/routing', './renderer/src/data', './renderer/src/components', './renderer/src/platform', './renderer/src/strings'],
              from: ['./renderer/src/app', './renderer/src/features'],
              message: 'routing/, data/, components/, platform/ and strings/ sit below the features and the app.',
            },
            { target: './electron', from: ['./renderer', './data/pipeline', './build'], message: 'Main and preload depend only on data/core and data/node.' },
            { target: './data/pipeline', from: ['./electron', './renderer'], message: 'The pipeline depends only on data/core and data/node.' },
            { target: './data/node', from: ['./electron', './renderer', './data/pipeline', './build'], message: 'data/node (Node adapters of data/core shared by main, the CLI and the web server) depends only on data/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['data/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule, sqlJs, noUi, miniSearch], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['data/core/search/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule, sqlJs, noUi], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.web.config.ts', 'renderer/src/platform/web/worker/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule, sqlJs, miniSearch], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['renderer/src/platform/web/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule, miniSearch], patterns: [nodeBuiltins] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./\\.\\./data/core/api-contract$|\\.\\./\\.\\./data/core/desktop-contract$|\\.\\./\\.\\./data/core/library/library-contract$).*',
              message: 'The preload imports only electron and the contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/sql-js.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqlJs, miniSearch] }] },
  },
  {
    files: ['data/pipeline/**/*.ts'],
    ignores: ['data/pipeline/sql-js-node.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqlJs, miniSearch] }] },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Sanitized HTML is rendered by exactly one component (added with entry bodies).
      'react/no-danger': 'error',
    },
  },
  {
    files: ['renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tool configs must export a default.
    files: [
      'electron.vite.config.ts',
      'renderer/vite.web.config.ts',
      'tests/vitest.config.ts',
      'build/*.mjs',
      'build/electron-builder*.config.ts',
    ],
    rules: { 'import-x/no-default-export': 'off' },
  },
)
