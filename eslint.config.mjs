import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'frontend/src/gql/**', 'data/**', 'artifacts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Tests and GraphQL results are loosely typed on purpose; production code is strict via tsc.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['backend/src/domain/**'],
    rules: {
      // The domain is shared with the front end: no framework, no Node built-ins.
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'graphql', 'react', 'pg', 'node:*', 'mercurius'] }],
    },
  },
);
