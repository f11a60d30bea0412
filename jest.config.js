/** Jest runs TypeScript through SWC; Payload is ESM-only, so tests run as native ES modules. */
export default {
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The dev app imports the plugin by its package name (dev/tsconfig.json maps it to src/ too).
    '^payload-prompt-kit$': '<rootDir>/src/index.ts',
    '^payload-prompt-kit/(client|rsc)$': '<rootDir>/src/exports/$1.ts',
  },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dev/.next/', '/tests/e2e/'],
  testTimeout: 60000,
}
