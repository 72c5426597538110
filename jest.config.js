import { packageVersion } from './scripts/bundle.js'

/** @type {import('jest').Config} */
export default {
  clearMocks: true,
  // What the bundles get from esbuild's define (src/version.ts): the
  // in-process tests see the version a bundle of this source would print.
  globals: { __DLP_VERSION__: packageVersion() },
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    // transpile only: tsconfig.test.json has isolatedModules
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  // One bundle of the current src/ per run, for the end-to-end tests
  // (DLP_BUNDLE); dist/ is never what they run.
  globalSetup: '<rootDir>/__fixtures__/global-setup.js',
  globalTeardown: '<rootDir>/__fixtures__/global-teardown.js',
  // every registry's texts, which the writers load on demand
  setupFiles: ['<rootDir>/__fixtures__/runner-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/__fixtures__/chunks.ts'],
  testTimeout: 60000,
  // test.concurrent: the golden scenarios and the fault table each bring
  // their own emulator and run at once
  maxConcurrency: 16,
  // The end-to-end files mostly wait on child processes and sockets: on a
  // 2-core machine the whole suite took ~42 s with 1 worker, ~24 s with 2.
  maxWorkers: 2,
  // Quiet: failures (with their console output) and one closing summary.
  reporters: [
    '<rootDir>/scripts/jest-failure-console.js',
    ['summary', { summaryThreshold: 0 }],
    '<rootDir>/scripts/jest-summary-line.js'
  ],
  verbose: false
}
