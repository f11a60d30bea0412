import base from './jest.config.js'

/**
 * End-to-end: the built dev app under `next start`, driven over HTTP and in Chromium (playwright-core).
 * Needs `npm run dev:build` (built on demand when missing); one server, so one worker.
 */
export default {
  ...base,
  maxWorkers: 1,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dev/.next/'],
  testTimeout: 240000,
}
