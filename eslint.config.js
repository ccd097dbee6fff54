// Lint rules, including the layering of DESIGN.md §2 (enforced here, not by convention).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'os',
  'http',
  'worker_threads',
  'child_process',
];
const sqlPackages = ['kysely', 'better-sqlite3-multiple-ciphers'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: [...nodeBuiltins, 'electron', ...sqlPackages, 'react', 'react-dom'],
        message: 'shared/ is pure: no Node, DOM, Electron, SQL or React.',
      },
      {
        group: ['**/main/**', '**/renderer/**', '**/migrations/**'],
        message: 'shared/ imports nothing from main/ or renderer/.',
      },
    ]),
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['**/main/**', '**/migrations/**'],
          message: 'renderer/ never imports main/: call the API.',
        },
        {
          group: [...nodeBuiltins, 'electron', ...sqlPackages],
          message: 'renderer/ runs in a sandboxed page.',
        },
        {
          group: ['react-i18next'],
          importNames: ['useTranslation'],
          message:
            'useTranslation comes from renderer/i18n/use-translation (one per language, not per mount).',
        },
      ]),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/store/**'],
    rules: restrict([
      { group: ['electron'], message: 'Only main/electron/ imports electron.' },
      { group: sqlPackages, message: 'Only main/store/ talks SQL.' },
      { group: ['**/renderer/**'], message: 'main/ never imports renderer/.' },
    ]),
  },
  {
    // The bench opens a plain copy of the database through these; the app never may.
    files: ['main/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='openBenchConnection']",
          message: 'Store.openBenchConnection is for the bench alone: open with Store.open.',
        },
        {
          selector: "Property[key.name='benchStoreOpener']",
          message: 'benchStoreOpener is for the bench alone: the app opens with Store.open.',
        },
      ],
    },
  },
  {
    files: ['main/store/**/*.ts'],
    rules: restrict([{ group: ['electron'], message: 'Only main/electron/ imports electron.' }]),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: restrict([{ group: sqlPackages, message: 'Only main/store/ talks SQL.' }]),
  },
  {
    files: ['migrations/**/*.ts'],
    rules: restrict([
      { group: ['electron'], message: 'Only main/electron/ imports electron.' },
      { group: ['**/main/**', '**/renderer/**'], message: 'Migrations stand alone.' },
    ]),
  },
);
