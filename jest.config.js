/** @type {import('jest').Config} */
export default {
  clearMocks: true,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.test.json', isolatedModules: true }
    ]
  },
  // One bundle of the current src/ per run, for the end-to-end tests
  // (DLP_BUNDLE); dist/ is never what they run.
  globalSetup: '<rootDir>/__fixtures__/global-setup.js',
  globalTeardown: '<rootDir>/__fixtures__/global-teardown.js',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-line.js'],
  verbose: true
}
