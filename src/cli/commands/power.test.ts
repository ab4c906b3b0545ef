import { describe, expect, it } from 'vitest'
import { runInProcess, runOk } from '../testing/run-in-process.js'

describe('effectwijzer power', () => {
  it('answers the municipality’s question in Dutch and English, with the numbers as JSON', async () => {
    const { stdout, stderr } = await runOk([
      'power',
      'proportions',
      '--p1',
      '0.175',
      '--n',
      '150',
      '--json',
    ])
    const r = JSON.parse(stdout)
    expect(r.p2).toBeCloseTo(0.313437222643623, 9) // power.prop.test(n = 150, p1 = .175, power = .8)
    expect(stderr).toMatch(
      /Met 150 deelnemers per groep kan deze pilot een verschil kleiner dan 13,8 procentpunt/,
    )
    expect(stderr).toMatch(
      /With 150 participants per group this pilot cannot show a difference smaller than 13.8/,
    )
  }, 30_000)

  it('needs an event probability or a rate with follow-up for survival', async () => {
    const failure = await runInProcess([
      'power',
      'survival',
      '--n-pilot',
      '100',
      '--n-comparison',
      '100',
    ])
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(/--event-prob, or --event-rate with --follow-up/)
  }, 30_000)
})
