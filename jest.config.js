/** Jest: TypeScript through SWC (fast, no type check; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } }],
  },
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.js',
  },
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  testTimeout: 120000,
};
