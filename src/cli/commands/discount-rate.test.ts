import { describe, expect, it } from 'vitest'
import { businessCaseQuerySchema, DEFAULTS, mkbaModelFileSchema } from '../../domain/index.js'
import { runInProcess } from '../testing/run-in-process.js'

/** One discount rate rule at the three edges: the model file, the HTTP query and the CLI. */
const model = (discountRate?: number) => ({
  name: 'm',
  baseYear: 2026,
  priceYear: 2026,
  horizonYears: 3,
  stakeholders: ['gemeente'],
  items: [{ id: 'k', kind: 'cost', category: 'financial', stakeholder: 'gemeente', years: {} }],
  ...(discountRate === undefined ? {} : { discountRate }),
})

/** The option is parsed before the action runs; a missing file then fails in the action. */
async function cliAccepts(rate: string): Promise<boolean> {
  const run = await runInProcess([
    'business-case',
    '--cases',
    '/nonexistent.json',
    '--out',
    '/tmp',
    '--discount-rate',
    rate,
  ])
  return !run.stderr.includes('--discount-rate')
}

describe('the discount rate', () => {
  it.each([
    [-0.01, true],
    [0, true],
    [0.0225, true],
    [0.035, true],
    [0.1, true],
    [-0.02, false],
    [0.11, false],
    [2.25, false],
  ])(
    '%d is accepted: %s — alike in the model file, the HTTP query and the CLI',
    async (rate, ok) => {
      expect(mkbaModelFileSchema.safeParse(model(rate)).success).toBe(ok)
      expect(businessCaseQuerySchema.safeParse({ discountRate: String(rate) }).success).toBe(ok)
      expect(await cliAccepts(String(rate))).toBe(ok)
    },
  )

  it('defaults to the guideline’s 2.25% in a model file', () => {
    expect(mkbaModelFileSchema.parse(model()).discountRate).toBe(DEFAULTS.discountRate)
    expect(DEFAULTS.discountRate).toBe(0.0225)
  })

  it('reads a Dutch decimal comma on the command line', async () => {
    expect(await cliAccepts('0,0225')).toBe(true)
    expect(await cliAccepts('2,25')).toBe(false)
  })
})
