import { defineConfig } from 'vitest/config'

// One run for everything: unit, database (PGlite, plus PostgreSQL when
// TEST_DATABASE_URL is set), HTTP, and browser tests in test/e2e.
// The JSON report feeds the plain "N passed, N failed" line that .ci/run prints.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
})
