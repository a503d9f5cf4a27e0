// Two projects: fast pure unit tests next to the code (src/**/*.spec.ts) and end-to-end tests that
// boot the real app on a fresh SQLite database and speak GraphQL over HTTP (test/**/*.e2e-spec.ts).
// Each e2e file has its own in-memory database, so files run in parallel.
const common = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
