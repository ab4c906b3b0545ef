import { defineConfig } from 'vitest/config'

// Vitest 5's reporter calls Map.groupBy (Node ≥ 21) when it prints failures; on Node 20 the
// failure report itself would crash. This fills the gap in the main process only.
const MapWithGroupBy = Map as unknown as { groupBy?: unknown }
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>()
    let index = 0
    for (const item of items) {
      const k = key(item, index++)
      const group = groups.get(k)
      if (group) group.push(item)
      else groups.set(k, [item])
    }
    return groups
  }
}

// One run for everything: unit, database (PGlite, plus PostgreSQL when
// TEST_DATABASE_URL is set), HTTP, and browser tests in test/e2e.
// The JSON report feeds the plain "N passed, N failed" line that .ci/run prints.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    // Test files run one after another: the browser tests time the app in milliseconds, and a
    // second file running beside them on this 2-core machine would be timed with them.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
})
