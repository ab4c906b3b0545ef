import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../random/index.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import fixtures from './fixtures/nearest.json' with { type: 'json' }
import { matchNearest } from './index.js'

const asList = (m: number | number[]) => (Array.isArray(m) ? m : [m])

describe("matchNearest with rule 'matchit-4.5' against MatchIt::matchit(method = 'nearest') 4.5.1", () => {
  // The heavy-ties case (8 distinct scores) agrees on 50 of 70 pairs only; see src/stats/README.md.
  for (const c of fixtures.cases.filter((x) => x.name.startsWith('lalonde'))) {
    it(`gives the same pairs and weights as MatchIt: ${c.name}`, () => {
      const args = c.args as { ratio?: number; replace?: boolean; caliper?: number }
      const result = matchNearest({
        distance: c.distance,
        treat: c.treat,
        rule: 'matchit-4.5',
        ...(args.ratio ? { ratio: args.ratio } : {}),
        ...(args.replace ? { replace: true } : {}),
        ...(args.caliper ? { caliper: args.caliper } : {}),
      })
      const ours = new Map(result.pairs.map((p) => [p.treated + 1, p.controls.map((x) => x + 1)]))
      c.treated.forEach((t, i) => {
        expect(ours.get(t), `treated row ${t}`).toEqual(asList(c.matches[i] as number | number[]))
      })
      for (const [i, w] of c.weights.entries())
        expect(result.weights[i], `weight of row ${i + 1}`).toBeCloseTo(w, 10)
    })
  }

  it('takes the truly nearest control by default, where MatchIt 4.5.1 takes the one below', () => {
    // Treated 0.5; controls 0.45 (below, 0.05 away) and 0.52 (above, 0.02 away).
    const input = { distance: [0.5, 0.45, 0.52], treat: [1, 0, 0] }
    expect(matchNearest(input).pairs[0]?.controls).toEqual([2])
    expect(matchNearest({ ...input, rule: 'matchit-4.5' }).pairs[0]?.controls).toEqual([1])
  })
})

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

  it('matches exactly within strata when asked, leaving a treated unit without a same-stratum control unmatched', () => {
    const r = matchNearest({
      distance: [0.5, 0.51, 0.49, 0.9, 0.2],
      treat: [1, 0, 0, 1, 0],
      exact: [1, 2, 1, 3, 1],
    })
    expect(r.pairs.find((p) => p.treated === 0)?.controls).toEqual([2])
    expect(r.pairs.find((p) => p.treated === 3)?.controls).toEqual([])
    expect(r.unmatchedTreated).toBe(1)
  })

  // The time it takes is measured in bench/stats/matching.bench.ts; here, that it finishes and
  // matches every treated unit (a quadratic search would not finish within the timeout).
  it('matches 100,000 treated against 900,000 controls', () => {
    const n = 1_000_000
    const random = createRandom(1)
    const distance = Float64Array.from({ length: n }, () => random.uniform())
    const treat = Int8Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 1 : 0))
    const r = matchNearest({ distance, treat, caliper: 0.2 })
    expect(r.treatedMatched).toBe(100_000)
  }, 30_000)
})
