import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Node's CommonJS globals, for the plain JavaScript config files (jest.config.js and friends). */
const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  process: 'readonly',
  console: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain stays pure: no framework, transport or storage code (architecture decision 1).
    // test/architecture/domain-purity.spec.ts enforces the same boundary, with an allow-list.
    files: [
      'libs/complaints/src/**/*.ts',
      'libs/hazards/src/**/*.ts',
      'libs/service-requests/src/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                '@eventstore/*',
                '@grpc/*',
                'better-sqlite3',
                'kysely',
                'pg',
                '@redress/event-store',
                '@redress/read-models',
                '@redress/complaint-stream',
                '@redress/config',
                '@redress/audit',
                'fastify',
                '@fastify/*',
              ],
              message:
                'libs/complaints, libs/hazards and libs/service-requests are pure domain code.',
            },
          ],
        },
      ],
    },
  },
);
