import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fitCox, kaplanMeier } from '../../stats/index.js'
import { runInProcess, runOk } from '../testing/run-in-process.js'

const SPEC = new URL('../../../examples/analyse/spec.json', import.meta.url).pathname

describe('effectwijzer analyse', () => {
  let dir = ''
  let cohort = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ew-analyse-'))
    cohort = join(dir, 'cohort.csv')
    await runOk(['cohort', '--n', '3000', '--seed', '7', '--out', cohort, '--quiet'])
  }, 60_000)

  it("accepts the issue's spec and writes results.json under the documented names", async () => {
    const out = join(dir, 'out')
    await runOk(['analyse', '--data', cohort, '--spec', SPEC, '--out', out, '--quiet'])
    const r = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
    expect(r.propensity.coefficients.map((c: { term: string }) => c.term)).toEqual([
      '(Intercept)',
      'age',
      'household:eenoudergezin',
      'household:paar-met-kinderen',
      'household:paar-zonder-kinderen',
    ])
    expect(r.propensity.coefficients[1]).toEqual(
      expect.objectContaining({ estimate: expect.any(Number), se: expect.any(Number) }),
    )
    expect(r.matching).toEqual(
      expect.objectContaining({
        treated: expect.any(Number),
        controlsMatched: expect.any(Number),
        unmatchedTreated: expect.any(Number),
      }),
    )
    expect(r.balance[0]).toEqual(
      expect.objectContaining({
        covariate: 'age',
        smdBefore: expect.any(Number),
        smdAfter: expect.any(Number),
      }),
    )
    for (const o of r.outcomes) {
      expect(o).toEqual(
        expect.objectContaining({
          name: expect.any(String),
          type: expect.any(String),
          estimate: expect.any(Number),
          se: expect.any(Number),
          ciLow: expect.any(Number),
          ciHigh: expect.any(Number),
          p: expect.any(Number),
        }),
      )
    }
    const tte = r.outcomes[2]
    expect(tte.km.map((k: { group: string }) => k.group)).toEqual(['pilot', 'comparison'])
    expect(tte.km[0].at.map((a: { time: number }) => a.time)).toEqual([6, 12, 18])
    expect(tte.logrank).toEqual(
      expect.objectContaining({ chisq: expect.any(Number), df: 1, p: expect.any(Number) }),
    )
    expect(tte.cox.terms.map((t: { term: string }) => t.term)).toEqual(['group', 'age'])
    expect(tte.cox).toEqual(
      expect.objectContaining({
        ties: 'efron',
        concordance: expect.any(Number),
        lrTest: expect.any(Object),
      }),
    )
    expect(r.outcomes[0].reading.nl).toMatch(/verschil in outflow: .*procentpunt \(95%-BI/)
    expect(await readFile(join(out, 'report.html'), 'utf8')).toMatch(/<svg/)
  }, 60_000)

  it('computes the same numbers as calling the engine directly (design none)', async () => {
    const spec = {
      id: 'person_id',
      group: { column: 'pilot', treated: '1' },
      design: { method: 'none' },
      outcomes: [{ name: 'outflow', type: 'time-to-event', time: 'months', event: 'outflow' }],
    }
    await writeFile(join(dir, 'none.json'), JSON.stringify(spec))
    await runOk([
      'analyse',
      '--data',
      cohort,
      '--spec',
      join(dir, 'none.json'),
      '--out',
      join(dir, 'none'),
      '--quiet',
    ])
    const r = JSON.parse(await readFile(join(dir, 'none', 'results.json'), 'utf8'))
    const rows = (await readFile(cohort, 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
    const time = rows.map((c) => Number(c[9]))
    const event = rows.map((c) => Number(c[8]))
    const group = rows.map((c) => Number(c[1]))
    const cox = fitCox({ time, event, x: [group] })
    expect(r.outcomes[0].cox.terms[0].coef).toBeCloseTo(cox.terms[0]!.coef, 10)
    const pilot = kaplanMeier({
      time: time.filter((_, i) => group[i] === 1),
      event: event.filter((_, i) => group[i] === 1),
    })
    expect(r.outcomes[0].km[0].survival).toEqual(pilot.survival)
  }, 60_000)

  it('reads an RFC 4180 file whose quoted cell holds a line break (issue 9)', async () => {
    const quoted = join(dir, 'quoted.csv')
    const lines = (await readFile(cohort, 'utf8')).trim().split('\n')
    const withNote = lines.map((line, i) =>
      i === 0 ? `${line},note` : `${line},${i === 2 ? '"twee\r\nregels, met komma"' : 'kort'}`,
    )
    await writeFile(quoted, `${withNote.join('\r\n')}\r\n`)
    const analyse = async (data: string, out: string) => {
      await runOk(['analyse', '--data', data, '--spec', SPEC, '--out', out, '--quiet'])
      return JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
    }
    const r = await analyse(quoted, join(dir, 'quoted'))
    expect(r.n.analysed).toBe(3000)
    // The extra column changes nothing: the same results as the file without it.
    expect(r.outcomes).toEqual((await analyse(cohort, join(dir, 'unquoted'))).outcomes)
  }, 60_000)

  it('names the row and column of bad data, in English and Dutch, and exits with code 2', async () => {
    const bad = join(dir, 'bad.csv')
    const text = (await readFile(cohort, 'utf8')).split('\n')
    text[5] = text[5]!.replace(/^(P\d+),(\d),(\d+),/, '$1,$2,oud,')
    text[8] = text[8]!.replace(/^(P\d+),\d,/, '$1,x,')
    await writeFile(bad, text.join('\n'))
    const failure = await runInProcess([
      'analyse',
      '--data',
      bad,
      '--spec',
      SPEC,
      '--out',
      join(dir, 'bad'),
      '--quiet',
    ])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(/row 6, column age: "oud" is not a number/)
    expect(failure.stderr).toMatch(/rij 6, kolom age: "oud" is geen getal/)
    expect(failure.stderr).toMatch(/row 9, column pilot: unknown group value "x"/)
  }, 60_000)

  it('says an empty file is empty, once, with exit code 2', async () => {
    const empty = join(dir, 'empty.csv')
    await writeFile(empty, '')
    const failure = await runInProcess([
      'analyse',
      '--data',
      empty,
      '--spec',
      SPEC,
      '--out',
      join(dir, 'empty'),
      '--quiet',
    ])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain('the file is empty (no data rows)')
    expect(failure.stderr).toContain('het bestand is leeg (geen gegevensrijen)')
    expect(failure.stderr).not.toMatch(/column is missing/)
  })

  it('runs the documented difference-in-differences example with R’s estimate and clustered SE', async () => {
    const examples = new URL('../../../examples/analyse/', import.meta.url).pathname
    const fixtures = new URL('../../', import.meta.url).pathname
    const out = join(dir, 'did')
    await runOk([
      'analyse',
      '--data',
      join(fixtures, 'stats/balance/fixtures/job-training.csv'),
      '--spec',
      join(examples, 'did-spec.json'),
      '--out',
      out,
      '--quiet',
    ])
    const [outcome] = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')).outcomes
    const R = JSON.parse(await readFile(join(fixtures, 'domain/study/fixtures/study.json'), 'utf8'))
      .jobTraining.did.nearest
    expect(outcome.estimate).toBeCloseTo(R.estimate, 6)
    expect(outcome.se).toBeCloseTo(R.se, 6)
    expect(outcome.seMethod).toBe('cluster-person-HC1')
  }, 60_000)
})
