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

/**
 * Warnings for every case, and every reference card, that makes up more than DOMINANT_SHARE of
 * the total saving of the cases given (their latest measurements). A referentie card's cost is
 * a saving the approach claims; an interventie card is a cost of it, so only referentie cards
 * can dominate the saving. Nothing is said when there is no saving to dominate, or one case.
 */
export function concentrationWarnings(
  cases: readonly CaseResult[],
  itemName: (code: string) => Text | undefined,
): Text[] {
  const total = cases.reduce((sum, c) => sum + c.difference, 0)
  if (cases.length < 2 || !(total > 0)) return []
  const warnings: Text[] = []
  for (const c of cases) {
    const share = c.difference / total
    if (share > DOMINANT_SHARE)
      warnings.push({
        nl: `Casus ${c.caseId} levert ${percent(share)} van de totale besparing: het gemiddelde hangt sterk af van deze ene casus.`,
        en: `Case ${c.caseId} accounts for ${percent(share)} of the total saving: the mean depends heavily on this one case.`,
      })
  }
  for (const c of cases)
    for (const card of c.cards) {
      const share = card.cost / total
      if (card.scenario !== 'referentie' || !(share > DOMINANT_SHARE)) continue
      const name = itemName(card.item)
      warnings.push({
        nl: `Kaart ${card.card} (${name?.nl ?? card.item}) in casus ${c.caseId} levert ${percent(share)} van de totale besparing: controleer de prijs en de bron ervan.`,
        en: `Card ${card.card} (${name?.en ?? card.item}) in case ${c.caseId} accounts for ${percent(share)} of the total saving: check its price and source.`,
      })
    }
  return warnings
}
