import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const CLI = new URL('../../../bin/effectwijzer.js', import.meta.url).pathname
const EXAMPLES = new URL('../../../examples/mkba/', import.meta.url).pathname

describe('effectwijzer mkba', () => {
  it('writes results.json with the documented fields, the report and the workbook', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    await run('node', [
      CLI,
      'mkba',
      '--model',
      join(EXAMPLES, 'pilot-wijkteam.json'),
      '--out',
      out,
      '--draws',
      '2000',
      '--seed',
      '7',
      '--no-pdf',
      '--quiet',
    ])
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
    for (const field of [
      'pvCosts',
      'pvBenefits',
      'pvBenefitsFinancial',
      'npv',
      'ratio',
      'ratioFinancial',
      'paybackYear',
    ]) {
      expect(results).toHaveProperty(field)
    }
    expect(results).toEqual(
      expect.objectContaining({
        draws: 2000,
        seed: 7,
        timing: 'start-of-year',
        discountRate: 0.0225,
        warnings: [],
        unquantified: [],
      }),
    )
    expect(results.perStakeholder[0]).toEqual(
      expect.objectContaining({
        stakeholder: 'gemeente',
        pvCosts: expect.any(Number),
        pvBenefits: expect.any(Number),
        net: expect.any(Number),
      }),
    )
    expect(results.years[0]).toEqual(
      expect.objectContaining({ year: 2024, costs: 150_000, benefits: 0, discountFactor: 1 }),
    )
    expect(results.tornado[0]).toEqual(
      expect.objectContaining({
        parameter: 'avoided-benefit.quantity',
        npvLow: expect.any(Number),
        npvHigh: expect.any(Number),
      }),
    )
    expect(results.monteCarlo).toEqual(
      expect.objectContaining({
        draws: 2000,
        seed: 7,
        npvP5: expect.any(Number),
        ratioP50: expect.any(Number),
        probRatioAbove1: expect.any(Number),
      }),
    )
    expect(await readFile(join(out, 'report.html'), 'utf8')).toMatch(
      /Elke geïnvesteerde euro levert/,
    )
    expect((await readFile(join(out, 'mkba.xlsx'))).subarray(0, 2).toString()).toBe('PK')
  }, 60_000)

  it('exits with code 2 and names the item and field of a bad model in both languages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const model = join(dir, 'bad.json')
    await writeFile(
      model,
      JSON.stringify({
        name: 'x',
        baseYear: 2024,
        priceYear: 2024,
        horizonYears: 5,
        stakeholders: ['gemeente'],
        items: [
          {
            id: 'staff',
            kind: 'kosten',
            category: 'financial',
            stakeholder: 'gemeente',
            years: { 2024: 1 },
          },
        ],
      }),
    )
    const failure = await run('node', [
      CLI,
      'mkba',
      '--model',
      model,
      '--out',
      dir,
      '--quiet',
    ]).catch((e) => e)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(
      /field items\[0\] \(staff\)\.kind: must be one of: "cost", "benefit"/,
    )
    expect(failure.stderr).toMatch(
      /veld items\[0\] \(staff\)\.kind: moet een van deze waarden zijn/,
    )
  }, 60_000)

  it('rejects an unknown report language with exit code 2', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const failure = await run('node', [
      CLI,
      'mkba',
      '--model',
      join(EXAMPLES, 'pilot-wijkteam.json'),
      '--out',
      out,
      '--lang',
      'de',
    ]).catch((e) => e)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(/--lang must be nl or en/)
  }, 60_000)
})
