// Unit and integration tests: real encrypted databases in temp dirs, no mocks of the store.
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };

export default {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      // kysely and other dependencies are ESM-only; swc turns them into CommonJS for Jest.
      transformIgnorePatterns: [],
      testMatch: ['<rootDir>/tests/{shared,main,migrations,cli,reliability,bench}/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/build-main.cjs',
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      transformIgnorePatterns: [],
      testMatch: ['<rootDir>/tests/renderer/**/*.test.tsx'],
    },
  ],
};
