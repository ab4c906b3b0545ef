import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// One run, three projects: unit (pure and HTTP tests), db (*.db.test.ts on PGlite, plus
// PostgreSQL when TEST_DATABASE_URL is set) and e2e (browser, durability). No test times
// anything any more (speed is measured in bench/), so files run in parallel: as many workers as
// the machine has cores, shared by all projects.
// The JSON report feeds the plain "N passed, N failed" line that .ci/run prints.
const workers = Math.max(2, availableParallelism())

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.db.test.ts', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts'],
          // Files share their worker's process, so the worker's one PGlite (src/db/test-dialects.ts)
          // serves them all; each test database is still its own new schema.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One demo server and one Chromium for all browser files (see the file).
          globalSetup: ['test/e2e/global-setup.ts'],
          // expect.poll gives up after 1 s by default; a page reload on a loaded 2-core machine
          // (three projects at once) can take longer, so a poll waits as long as a locator does.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
})
