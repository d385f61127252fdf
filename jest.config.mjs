// Jest runs in native ESM mode: most @nestjs/* 12 packages are ESM-only (see STACK.md).
// Three tiers: `unit` (pure code beside the sources, no I/O), `medium` (services and SQL on a real Postgres database
// copied from a template migrated from the sources; no HTTP, no worker process) and `e2e` (the compiled API and
// worker against real Postgres and Redis; its global setup builds the app and migrates a template database).
// `npm run test:unit`, `test:medium` and `test:e2e` run one tier.
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' }],
};

/** @type {import('jest').Config} */
export default {
  maxWorkers: 2,
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      displayName: 'medium',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform,
      testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'],
      globalSetup: '<rootDir>/test/medium/global-setup.ts',
      globalTeardown: '<rootDir>/test/medium/global-teardown.ts',
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
      testTimeout: 120_000,
    },
  ],
};
