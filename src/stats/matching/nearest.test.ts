import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../random/index.js'
import { matchNearest } from './index.js'

/*
 * MatchIt 4.5.1 fixtures (fixtures/make.R, fixtures/nearest.json) are committed, but our pairs
 * do not yet agree with MatchIt everywhere: 179/185 identical for lalonde 1:1, 171/185 for 1:2,
 * and less with replacement, calipers and heavy ties (see src/stats/README.md, open work).
 * The comparison test is added when the rules agree; until then the invariants below hold.
 */
describe('matchNearest', () => {
  it('never uses a control twice without replacement, and respects the caliper (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })),
          { minLength: 2, maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 3 }),
        (rows, ratio) => {
          const distance = rows.map((r) => r[0])
          const treat = rows.map((r) => r[1])
          if (!treat.includes(0) || !treat.includes(1)) return
          const r = matchNearest({ distance, treat, ratio, caliper: 0.5 })
          const used = r.pairs.flatMap((p) => p.controls)
          expect(new Set(used).size).toBe(used.length)
          for (const p of r.pairs) {
            for (const c of p.controls) {
              expect(treat[c]).toBe(0)
              expect(Math.abs(distance[p.treated]! - distance[c]!)).toBeLessThanOrEqual(
                (r.caliperDistance ?? 0) + 1e-12,
              )
            }
          }
        },
      ),
    )
  })

  it('matches 100,000 treated against 900,000 controls in O(n log n)', () => {
    const n = 1_000_000
    const random = createRandom(1)
    const distance = Float64Array.from({ length: n }, () => random.uniform())
    const treat = Int8Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 1 : 0))
    const t = performance.now()
    const r = matchNearest({ distance, treat, caliper: 0.2 })
    expect(r.treatedMatched).toBe(100_000)
    expect(performance.now() - t).toBeLessThan(10_000)
  }, 30_000)
})
