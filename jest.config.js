// Three tiers: unit (pure code, next to it), integration (GraphQL over HTTP against a real
// database), e2e (a real Chromium). `npm test` runs the first two, `npm run test:e2e` the last.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
// The backend is ESM compiled by tsc: its relative imports end in `.js` but the sources are `.ts`.
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The front end's alias of the shared domain (vite.config.ts), for the pages' unit tests.
    '^@mutualis/domain/(.*)$': '<rootDir>/backend/src/domain/$1',
  },
  testEnvironment: 'node',
};

module.exports = {
  // Integration and browser tests start real server processes and hash real passwords: seconds, not milliseconds.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/backend/src/**/*.spec.ts', '<rootDir>/frontend/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // `npm run test:reliability`: two instances on one PostgreSQL server, kill -9, fuzzing.
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.rel.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/support/e2e-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
