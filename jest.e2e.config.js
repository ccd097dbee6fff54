// End-to-end: the built browser host, a real encrypted database and Debian's Chromium.
export default {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // axe-core is injected into the page as source text: it must reach it untransformed.
  transformIgnorePatterns: ['/node_modules/axe-core/'],
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
};
