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
    const cases = [aCase('VS-01', 700), aCase('VS-02', 150), aCase('VS-03', 150)]
    const warnings = concentrationWarnings(cases, names)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.nl).toContain('Casus VS-01 levert 70% van de besparingen')
    expect(warnings[0]?.en).toContain('Case VS-01 accounts for 70% of the savings')
    // The server's labels already say "casus n".
    const labelled = concentrationWarnings([aCase('casus 1', 700), aCase('casus 2', 300)], names)
    expect(labelled[0]?.nl).toMatch(/^Casus 1 levert 70%/)
    // …and in English they are "case n" (it read "Case casus 1 accounts for").
    expect(labelled[0]?.en).toMatch(/^Case 1 accounts for 70%/)
  })

  it('measures a case against the savings, so a share never passes 100% when others cost more', () => {
    const cases = [aCase('VS-01', 500), aCase('VS-02', -400), aCase('VS-03', 100)]
    expect(concentrationWarnings(cases, names).map((w) => w.en)).toEqual([
      'Case VS-01 accounts for 83% of the savings: the mean depends heavily on this one case.',
    ])
  })

  it('names a reference card that carries the saving, with its item name', () => {
    const cases = [
      aCase('VS-01', 250, [card('referentie', 400)]),
      aCase('VS-02', 250),
      aCase('VS-03', 250),
      aCase('VS-04', 250),
    ]
    const [warning] = concentrationWarnings(cases, names)
    expect(warning?.nl).toBe(
      "Kaart k1 (Huisuitzetting) in casus VS-01 is 40% van wat de referentiescenario's samen kosten: controleer de prijs en de bron ervan.",
    )
  })

  it('says nothing at or below the threshold, for an intervention card, or without a saving', () => {
    const even = [1, 2, 3, 4].map((i) => aCase(`VS-0${i}`, 100))
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
