import { describe, expect, it } from 'vitest'
import { concentrationWarnings, DOMINANT_SHARE } from './concentration.js'
import type { CaseResult } from './result-schema.js'

const aCase = (
  caseId: string,
  difference: number,
  cards: CaseResult['cards'] = [],
): CaseResult => ({
  caseId,
  measurement: 'T0',
  interventie: 0,
  referentie: difference,
  difference,
  perStakeholder: [],
  perYear: [],
  cards,
  warnings: [],
  warningDetails: [],
})

const card = (scenario: 'interventie' | 'referentie', cost: number) => ({
  scenario,
  card: 'k1',
  item: 'HUISUITZETTING',
  quantity: 1,
  unitPrice: cost,
  cost,
  payer: 'woningcorporatie' as const,
})

const names = (code: string) =>
  code === 'HUISUITZETTING' ? { nl: 'Huisuitzetting', en: 'Eviction' } : undefined

describe('concentrationWarnings', () => {
  it('names the case that carries more than 30% of the total saving', () => {
    const cases = [aCase('casus-1', 700), aCase('casus-2', 150), aCase('casus-3', 150)]
    const warnings = concentrationWarnings(cases, names)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.nl).toContain('casus-1 levert 70%')
    expect(warnings[0]?.en).toContain('casus-1 accounts for 70%')
  })

  it('names a reference card that carries the saving, with its item name', () => {
    const cases = [
      aCase('casus-1', 250, [card('referentie', 400)]),
      aCase('casus-2', 250),
      aCase('casus-3', 250),
      aCase('casus-4', 250),
    ]
    const [warning] = concentrationWarnings(cases, names)
    expect(warning?.nl).toBe(
      'Kaart k1 (Huisuitzetting) in casus casus-1 levert 40% van de totale besparing: controleer de prijs en de bron ervan.',
    )
  })

  it('says nothing at or below the threshold, for an intervention card, or without a saving', () => {
    const even = [1, 2, 3, 4].map((i) => aCase(`casus-${i}`, 100))
    expect(concentrationWarnings(even, names)).toEqual([])
    const atThreshold = [
      aCase('a', DOMINANT_SHARE * 1000),
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => aCase(`b${i}`, 100)),
    ]
    expect(concentrationWarnings(atThreshold, names)).toEqual([])
    const costly = [aCase('a', 100, [card('interventie', 900)]), ...even]
    expect(concentrationWarnings(costly, names)).toEqual([])
    expect(concentrationWarnings([aCase('a', -50), aCase('b', -50)], names)).toEqual([])
    expect(concentrationWarnings([aCase('a', 500)], names)).toEqual([])
  })
})
