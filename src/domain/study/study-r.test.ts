import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readCovariates } from './covariates.js'
import { fitPropensity } from './propensity.js'
import { runStudy } from './run-study.js'
import { DEFAULT_MISSING_SET, IssueCollector, type StudyTable } from './table.js'

/** Reference numbers from R (fixtures/make.R: MatchIt 4.7.2, sandwich, survival; versions inside). */
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname
const R = JSON.parse(readFileSync(`${FIXTURES}study.json`, 'utf8'))
/** The job-training data set and MatchIt's balance table on it (src/stats/balance/fixtures/make.R). */
const BALANCE = new URL('../../stats/balance/fixtures/', import.meta.url).pathname
const JOBS = JSON.parse(readFileSync(`${BALANCE}balance.json`, 'utf8'))

function csv(path: string): StudyTable {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n')
  const names = header!.split(',')
  const rows = lines.map((l) => l.split(','))
  return {
    rowCount: rows.length,
    columns: new Map(names.map((name, j) => [name, rows.map((r) => r[j]!)])),
  }
}

const close = (actual: number, expected: number, relative = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    relative * Math.max(1, Math.abs(expected)),
  )

const jobs = csv(BALANCE + JOBS.file)
const jobsSpec = (design: object, outcomes: object[]) => ({
  id: 'id',
  group: { column: 'treat', treated: '1' },
  covariates: [
    { column: 'age', type: 'numeric' },
    { column: 'educ', type: 'numeric' },
    { column: 'race', type: 'categorical' },
    { column: 'married', type: 'numeric' },
    { column: 're74', type: 'numeric' },
  ],
  design,
  outcomes,
})
const earnings = { name: 're78', type: 'cost', column: 're78' }

describe('the effect analysis against R', () => {
  it("lists every level of a categorical in the balance table, with summary(matchit())'s SMDs", () => {
    const r = runStudy(jobsSpec({ method: 'nearest' }, [earnings]), jobs)
    expect(r.balance.map((b) => b.covariate)).toEqual(
      JOBS.balance.map((b: { covariate: string }) => b.covariate.replace(/^race/, 'race:')),
    )
    JOBS.balance.forEach(
      (b: { smdBefore: number; smdAfter: number; varRatioAfter: number | null }, j: number) => {
        close(r.balance[j]!.smdBefore, b.smdBefore)
        close(r.balance[j]!.smdAfter, b.smdAfter)
        if (b.varRatioAfter !== null) close(r.balance[j]!.varRatioAfter!, b.varRatioAfter)
        else expect(r.balance[j]!.varRatioAfter).toBeNull()
      },
    )
    // The propensity model still leaves the reference level out, as R's glm.
    expect(r.propensity?.coefficients.map((c) => c.term)).toContain('race:hispan')
    expect(r.propensity?.coefficients.map((c) => c.term)).not.toContain('race:black')
  })

  it.each(['none', 'nearest', 'ipw'] as const)(
    'estimates a difference-in-differences with the SE clustered by person (design %s)',
    (method) => {
      const did = {
        name: 'earnings',
        type: 'difference-in-differences',
        before: 're75',
        after: 're78',
      }
      const r = runStudy(jobsSpec({ method }, [did]), jobs)
      const o = r.outcomes[0]!
      const expected = R.jobTraining.did[method]
      expect(o.n).toBe(expected.n)
      for (const key of ['estimate', 'se', 'ciLow', 'ciHigh', 'p'] as const)
        close(o[key], expected[key])
      expect(o.reading.en).toMatch(/^Significant difference in the change in earnings/)
    },
  )

  it('fits a level with no pilot members as R’s glm does: finite SEs, R’s fitted propensities', () => {
    const table = csv(FIXTURES + R.rareLevel.file)
    const pilotAll = Uint8Array.from(table.columns.get('pilot')!, Number)
    const issues = new IssueCollector()
    const covariates = readCovariates(
      table,
      [
        { column: 'age', type: 'numeric' },
        { column: 'district', type: 'categorical' },
      ],
      [],
      pilotAll,
      DEFAULT_MISSING_SET,
      issues,
    )
    const { fit, warnings } = fitPropensity(
      covariates.modelTerms,
      pilotAll,
      covariates.oneGroupLevels,
      true,
      issues,
    )
    expect(issues.issues).toEqual([])
    R.rareLevel.fitted.forEach((p: number, i: number) => {
      close(fit!.fitted[i]!, p)
    })
    // Every coefficient is R's; the SEs too but the separated level's, which is R's last
    // iteration's and meaningless (hundreds) either way.
    R.rareLevel.coefficients.forEach((c: { estimate: number; se: number }, j: number) => {
      close(fit!.coefficients[j]!.estimate, c.estimate)
      if (j < 4) close(fit!.coefficients[j]!.stdError, c.se)
      else expect(fit!.coefficients[j]!.stdError).toBeGreaterThan(100)
    })
    expect(warnings.map((w) => w.en)).toContainEqual(
      expect.stringMatching(/^district = "Zuid" occurs in the comparison group only/),
    )
  })

  it('reports that fit in results.json: every propensity SE a number, the level named in a warning', () => {
    const r = runStudy(
      {
        id: 'id',
        group: { column: 'pilot', treated: '1' },
        covariates: [
          { column: 'age', type: 'numeric' },
          { column: 'district', type: 'categorical' },
        ],
        design: { method: 'ipw' },
        outcomes: [{ name: 'age', type: 'continuous', column: 'age' }],
      },
      csv(FIXTURES + R.rareLevel.file),
    )
    expect(r.propensity?.coefficients.every((c) => Number.isFinite(c.se))).toBe(true)
    expect(r.propensity?.converged).toBe(true)
    expect(r.warningDetails.map((w) => w.nl)).toContainEqual(
      expect.stringMatching(/^district = "Zuid" komt alleen in de vergelijkingsgroep voor/),
    )
    expect(Number.isFinite(r.outcomes[0]!.se)).toBe(true)
  })

  it('rests on the log-rank test when the pilot group has no events (Cox coefficient infinite)', () => {
    const r = runStudy(
      {
        id: 'id',
        group: { column: 'pilot', treated: '1' },
        outcomes: [{ name: 'outflow', type: 'time-to-event', time: 'months', event: 'event' }],
      },
      csv(FIXTURES + R.noPilotEvents.file),
    )
    const o = r.outcomes[0]! as Extract<(typeof r.outcomes)[number], { type: 'time-to-event' }>
    close(o.logrank.chisq, R.noPilotEvents.logrank.chisq)
    close(o.p, R.noPilotEvents.logrank.p)
    expect(o).toMatchObject({ estimate: 0, pSource: 'log-rank' })
    expect(Number.isNaN(o.ciLow)).toBe(true)
    expect(o.cox.monotoneLikelihood).toEqual(['group'])
    expect(o.reading.en).toMatch(/^Significant difference in the time to outflow by the log-rank/)
    expect(o.reading.nl).toMatch(/^Significant verschil .* volgens de log-ranktoets/)
    expect(r.warnings).toContainEqual(
      expect.stringContaining('no one in the pilot group had the event'),
    )
  })
})
