import { caseLabel } from './case-label.js'
import type { CaseResult } from './result-schema.js'

/**
 * Above this share of the project's total saving, one case or one card carries the mean: the
 * reader is told which, because a mean over twelve cases that is really one case's eviction
 * says little about the approach (issue 10; the same concern as the influential-observation
 * check of Cook's distance, here in plain money terms).
 */
export const DOMINANT_SHARE = 0.3

type Text = { nl: string; en: string }

const percent = (share: number) => `${Math.round(share * 100)}%`

const caseName = (id: string, language: 'nl' | 'en') => caseLabel(id, language, { withWord: true })
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Warnings for every case that makes up more than DOMINANT_SHARE of the savings of the cases
 * given (their latest measurements; the sum of the positive differences, so a share never
 * passes 100% when other cases cost more), and every reference card that makes up more than
 * DOMINANT_SHARE of what the reference scenarios cost in all: a referentie card's cost is a
 * saving the approach claims, so one such price can carry the whole answer. Nothing is said
 * when there is no saving to dominate, or one case.
 */
export function concentrationWarnings(
  cases: readonly CaseResult[],
  itemName: (code: string) => Text | undefined,
): Text[] {
  const savings = cases.reduce((sum, c) => sum + Math.max(c.difference, 0), 0)
  const total = cases.reduce((sum, c) => sum + c.difference, 0)
  if (cases.length < 2 || !(total > 0)) return []
  const warnings: Text[] = []
  for (const c of cases) {
    const share = c.difference / savings
    if (share > DOMINANT_SHARE)
      warnings.push({
        nl: `${capitalised(caseName(c.caseId, 'nl'))} levert ${percent(share)} van de besparingen: het gemiddelde hangt sterk af van deze ene casus.`,
        en: `${capitalised(caseName(c.caseId, 'en'))} accounts for ${percent(share)} of the savings: the mean depends heavily on this one case.`,
      })
  }
  const reference = cases.reduce((sum, c) => sum + c.referentie, 0)
  for (const c of cases)
    for (const card of c.cards) {
      const share = card.cost / reference
      if (card.scenario !== 'referentie' || !(share > DOMINANT_SHARE)) continue
      const name = itemName(card.item)
      warnings.push({
        nl: `Kaart ${card.card} (${name?.nl ?? card.item}) in ${caseName(c.caseId, 'nl')} is ${percent(share)} van wat de referentiescenario's samen kosten: controleer de prijs en de bron ervan.`,
        en: `Card ${card.card} (${name?.en ?? card.item}) in ${caseName(c.caseId, 'en')} is ${percent(share)} of what the reference scenarios cost together: check its price and source.`,
      })
    }
  return warnings
}
