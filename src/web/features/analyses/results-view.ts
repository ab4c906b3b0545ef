import {
  type PublishedOutcome,
  type PublishedResults,
  publishedResults,
  type StudyResult,
} from '../../../domain/index.js'

/**
 * What the results page, the two answers and *Gebruik in MKBA* read: the results as people are
 * shown them (publishedResults: counts below 10 as "<10", secondary suppression, thin effects
 * left out), whether the API sent the CLI's results.json (a researcher) or that form already.
 */
export type ResultsView = PublishedResults
export type OutcomeView = PublishedOutcome
export type KmCurveView = PublishedOutcome['km'][number]

export function resultsView(
  results: unknown,
  leftOut: { readonly restricted: number | null },
): ResultsView {
  const sent = results as StudyResult | PublishedResults
  return 'suppressed' in sent ? sent : publishedResults(sent, leftOut)
}

/** The effect that means "no difference" on an outcome's scale: 1 for a ratio, else 0. */
export function noEffect(outcome: Pick<OutcomeView, 'type'>): number {
  return outcome.type === 'time-to-event' ? 1 : 0
}
