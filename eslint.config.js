// Lint rules for every hand-written TypeScript file. Type-aware where a mistake hides from tsc:
// a promise nobody awaits, a promise passed where a callback's result is ignored.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Query code reads what the rollups are; a timestamped migration is history and may not change. */
const noMigrations = {
  group: ['**/migrations/1*'],
  message: 'Import the definition the migration uses, not the migration.',
};

export default tseslint.config(
  {
    ignores: [
      '**/__generated__/**',
      '**/node_modules/**',
      '.data/**',
      'gateway/dashboard/dist/**',
      'gateway/ide/dist/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['subgraphs/**/*.ts'],
    ignores: ['subgraphs/**/migrations/**', 'subgraphs/*/src/database.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMigrations] }] },
  },
  {
    // The import writes its rows through the writes; the writes never depend on the import.
    // (A later block's rule replaces an earlier one's for the same files: the writes repeat it.)
    files: ['subgraphs/registry/src/writes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMigrations,
            {
              group: ['**/import/**', '../import/*'],
              message: 'The writes take their words from field-labels.ts, not from the import.',
            },
          ],
        },
      ],
    },
  },
  {
    // The gateway runs on its own host: it shares code with subgraphs only through shared/.
    files: ['gateway/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/subgraphs/*/src/**', '**/subgraphs/common/**'],
              message: "The gateway imports shared code from shared/, never a subgraph's source.",
            },
          ],
        },
      ],
    },
  },
  {
    // A module does one job; one past 300 lines does several, and is split by them (CONTRIBUTING.md).
    // Tests are lists of cases of one subject, read one case at a time.
    files: ['**/*.ts'],
    ignores: ['test/**'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Tests read responses loosely and assert their shapes.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
