import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../../../test/support/expect-close.js'
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import km from './fixtures/kaplan-meier.json' with { type: 'json' }
// biome-ignore lint/correctness/useImportExtensions: JSON fixtures keep their extension
import lr from './fixtures/log-rank.json' with { type: 'json' }
import { kaplanMeier, logRank, survivalAt } from './index.js'

// Fixtures from R's survival 3.5-3 (fixtures/make.R), printed to 15 significant digits.
const TOL = 1e-9 // relative (absolute below 1); closed-form estimators, so only printing rounding separates us

function closeAll(got: readonly number[], want: ReadonlyArray<number | null>, what: string): void {
  for (let i = 0; i < want.length; i++) close(got[i]!, want[i]!, `${what}[${i}]`)
}

function close(got: number, want: number | null | undefined, what: string): void {
  if (want === undefined) throw new Error(`${what}: no reference value`)
  if (want === null) {
    expect(Number.isNaN(got), `${what}: got ${got}, want NA`).toBe(true)
    return
  }
  // Absolute below 1 (survival probabilities and their standard errors), relative above.
  expectClose(got, want, TOL, { what, floor: 1 })
}

describe('kaplanMeier against survival::survfit', () => {
  for (const c of km.cases) {
    it(`matches survfit for "${c.name}": every time, survival, se, limits, median and CI`, () => {
      const { time, status, group } = c.input
      for (const ref of c.curves) {
        const keep = time.map(
          (_: number, i: number) => group === null || `group=${group[i]}` === ref.stratum,
        )
        const curve = kaplanMeier({
          time: time.filter((_: number, i: number) => keep[i]),
          event: status.filter((_: number, i: number) => keep[i]),
        })
        expect(curve.time).toEqual(ref.time)
        expect(curve.nRisk).toEqual(ref.nRisk)
        expect(curve.nEvent).toEqual(ref.nEvent)
        closeAll(curve.survival, ref.survival, `${ref.stratum} S`)
        closeAll(curve.stdErr, ref.stdErr, `${ref.stratum} se`)
        closeAll(curve.lower, ref.lower, `${ref.stratum} lower`)
        closeAll(curve.upper, ref.upper, `${ref.stratum} upper`)
        close(curve.median, ref.median, `${ref.stratum} median`)
        close(curve.medianLower, ref.medianLower, `${ref.stratum} median lower`)
        close(curve.medianUpper, ref.medianUpper, `${ref.stratum} median upper`)
        if (ref.at) {
          survivalAt(curve, ref.at.time).forEach((a, i) => {
            close(a.survival, ref.at.survival[i], `${ref.stratum} S(${a.time})`)
            close(a.lower, ref.at.lower[i], `${ref.stratum} lower(${a.time})`)
            close(a.upper, ref.at.upper[i], `${ref.stratum} upper(${a.time})`)
          })
        }
      }
    })
  }

  it('never rises and stays within [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1 })), {
          minLength: 1,
          maxLength: 60,
        }),
        (rows) => {
          const curve = kaplanMeier({ time: rows.map((r) => r[0]), event: rows.map((r) => r[1]) })
          curve.survival.forEach((s, i) => {
            expect(s).toBeGreaterThanOrEqual(0)
            expect(s).toBeLessThanOrEqual(1)
            if (i > 0) expect(s).toBeLessThanOrEqual(curve.survival[i - 1]!)
          })
        },
      ),
    )
  })
})

describe('logRank against survival::survdiff', () => {
  for (const c of lr.cases) {
    it(`matches survdiff for "${c.name}": χ², df, p, observed and expected`, () => {
      const r = logRank({ time: c.input.time, event: c.input.status, group: c.input.group })
      close(r.statistic, c.chisq, 'chisq')
      expect(r.df).toBe(c.df)
      close(r.pValue, c.p, 'p')
      c.groups.forEach((g: string, i: number) => {
        const k = r.groups.indexOf(g)
        close(r.observed[k]!, c.observed[i], `O[${g}]`)
        close(r.expected[k]!, c.expected[i], `E[${g}]`)
      })
    })
  }

  it('is never negative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 30 }),
            fc.integer({ min: 0, max: 1 }),
            fc.constantFrom('a', 'b'),
          ),
          { minLength: 4, maxLength: 60 },
        ),
        (rows) => {
          if (new Set(rows.map((r) => r[2])).size < 2 || !rows.some((r) => r[1] === 1)) return
          const r = logRank({
            time: rows.map((x) => x[0]),
            event: rows.map((x) => x[1]),
            group: rows.map((x) => x[2]),
          })
          if (!Number.isNaN(r.statistic)) expect(r.statistic).toBeGreaterThanOrEqual(-1e-12)
        },
      ),
    )
  })
})
