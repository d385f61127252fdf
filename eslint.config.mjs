import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'scripts/**/*.mjs', 'web/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest's decorators and GraphQL's resolvers are typed loosely at the boundary.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // The kernel is pure code (typed arrays in, scores out): no framework, database, Redis or queue in it.
  {
    files: ['src/matching/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@nestjs/.*|typeorm(/.*)?|pg(/.*)?|ioredis|bullmq)$',
              message: 'The matching kernel is pure: no Nest, TypeORM, pg, ioredis or BullMQ (STYLE.md).',
            },
          ],
        },
      ],
    },
  },
  // A feature's resolvers are its own: what other features need (loaders, services) lives in other files.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/matching/kernel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./.*\\.resolver$',
              message: "Import another feature's loaders or service, never its resolver file (<feature>.loaders.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'jest.config.mjs', 'eslint.config.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
