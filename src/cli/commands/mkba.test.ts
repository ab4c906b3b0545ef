import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runInProcess, runOk } from '../testing/run-in-process.js'

const EXAMPLES = new URL('../../../examples/mkba/', import.meta.url).pathname

describe('effectwijzer mkba', () => {
  it('writes results.json with the documented fields, the report and the workbook', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const { stderr } = await runOk([
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
    expect(stderr).not.toMatch(/Monte Carlo \[/)
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
    const failure = await runInProcess(['mkba', '--model', model, '--out', dir, '--quiet'])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(
      /field items\[0\] \(staff\)\.kind: must be one of: "cost", "benefit"/,
    )
    expect(failure.stderr).toMatch(
      /veld items\[0\] \(staff\)\.kind: moet een van deze waarden zijn/,
    )
  }, 60_000)

  it('says a missing field is missing in the words the HTTP API uses (src/server/missing-field.db.test.ts)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const model = join(dir, 'nameless.json')
    const example = JSON.parse(await readFile(join(EXAMPLES, 'pilot-wijkteam.json'), 'utf8'))
    const { name: _name, ...nameless } = example
    await writeFile(model, JSON.stringify(nameless))
    const failure = await runInProcess(['mkba', '--model', model, '--out', dir, '--quiet'])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain('field name: is missing (required)')
    expect(failure.stderr).toContain('veld name: ontbreekt (verplicht)')
  })

  it('rejects an unknown report language with exit code 2', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const failure = await runInProcess([
      'mkba',
      '--model',
      join(EXAMPLES, 'pilot-wijkteam.json'),
      '--out',
      out,
      '--lang',
      'de',
    ])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(/--lang must be nl or en/)
  }, 60_000)

  it('takes quantities from an effect estimate and unit values from the price list', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-mkba-'))
    const { stderr } = await runOk([
      'mkba',
      '--model',
      join(EXAMPLES, 'work-from-effect', 'model.json'),
      '--out',
      out,
      '--draws',
      '20000',
      '--seed',
      '1',
      '--no-pdf',
    ])
    // Without --quiet the Monte Carlo progress bar goes to stderr.
    expect(stderr).toMatch(/Monte Carlo \[=+\] 100% \| 20000\/20000/)
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
    // TC5 (research/mkba.md): NPV €1,386,107.81 and B/C 3.7722 at the point estimate; the
    // transfer nets out for society, so the price-list item only moves the financial lens.
    expect(results.npv).toBeCloseTo(1_386_107.81, 2)
    expect(results.ratio).toBeCloseTo(3.7722, 4)
    // Benefit saved: 0.13 × 182,500 days × the 2019 day rate (€32.03) indexed to 2024 prices.
    const saved = results.items.find((i: { id: string }) => i.id === 'bijstand-saved').pv
    expect(results.pvBenefitsFinancial).toBeCloseTo(saved, 6)
    const dayRate = saved / (0.13 * 182_500 * (1 / 1.0225 + 1 / 1.0225 ** 2))
    expect(dayRate).toBeGreaterThan(32.03)
    expect(dayRate).toBeLessThan(32.03 * 1.3)
    // One shared estimate: one tornado bar spanning the NPV at the ends of its 95% interval.
    expect(results.tornado[0].parameter).toMatch(/^effect:work/)
    expect(results.tornado[0].npvLow).toBeCloseTo(225_343, -1)
    expect(Math.abs(results.monteCarlo.probRatioAbove1 - 0.9904)).toBeLessThan(0.003)
  }, 60_000)
})
