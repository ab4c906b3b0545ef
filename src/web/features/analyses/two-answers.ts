import { noEffect, type OutcomeView } from './results-view.js'

/**
 * Whether the two answers agree: the table conversations' business case (the mean saving per
 * case with its 95% bootstrap interval) and the register comparison (each outcome's 95%
 * interval). Each answer "finds an effect" when its interval leaves out no effect (0 saving; a
 * difference of 0, a hazard ratio of 1).
 */
export type Agreement = 'both' | 'neither' | 'cases-only' | 'register-only'

export function casesFindEffect(interval: { readonly ciLow: number; readonly ciHigh: number }) {
  return interval.ciLow > 0 || interval.ciHigh < 0
}

/** The outcomes whose interval leaves out no effect. */
export function registerEffects(outcomes: readonly OutcomeView[]): OutcomeView[] {
  return outcomes.filter((o) => {
    if (o.ciLow === null || o.ciHigh === null) return false
    const none = noEffect(o)
    return o.ciLow > none || o.ciHigh < none
  })
}

export function agreement(
  cases: { readonly ciLow: number; readonly ciHigh: number },
  outcomes: readonly OutcomeView[],
): Agreement {
  const byCases = casesFindEffect(cases)
  const byRegister = registerEffects(outcomes).length > 0
  if (byCases && byRegister) return 'both'
  if (!byCases && !byRegister) return 'neither'
  return byCases ? 'cases-only' : 'register-only'
}
