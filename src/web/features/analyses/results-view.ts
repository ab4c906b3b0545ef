/**
 * What the results page reads of the CLI's results.json (docs/effect-analysis.md): the fields
 * it shows, as JSON has them (arrays, null for what is not a number).
 */
export interface KmCurveView {
  readonly group: 'pilot' | 'comparison'
  readonly time: readonly number[]
  readonly survival: readonly number[]
  readonly nRisk: readonly number[]
}

export interface OutcomeView {
  readonly name: string
  readonly type: string
  readonly n: number
  readonly scale: string
  readonly estimate: number | null
  readonly se: number | null
  readonly ciLow: number | null
  readonly ciHigh: number | null
  readonly p: number | null
  readonly meanPilot?: number | null
  readonly meanComparison?: number | null
  readonly km?: readonly KmCurveView[]
  readonly reading: { readonly nl: string; readonly en: string }
}

export interface ResultsView {
  readonly n: {
    readonly rows: number
    readonly analysed: number
    readonly pilot: number
    readonly comparison: number
  }
  readonly matching: { readonly treated: number; readonly controlsMatched: number } | null
  readonly balance: ReadonlyArray<{
    readonly covariate: string
    readonly smdBefore: number | null
    readonly smdAfter: number | null
    readonly varRatioAfter: number | null
  }>
  readonly outcomes: readonly OutcomeView[]
  readonly warningDetails: ReadonlyArray<{ readonly nl: string; readonly en: string }>
}

/** Where the curve stands at time t: the number still at risk (0 past the last time). */
export function atRiskAt(curve: KmCurveView, t: number): number {
  const k = curve.time.findIndex((time) => time >= t)
  return k === -1 ? 0 : (curve.nRisk[k] ?? 0)
}

/** The effect that means "no difference" on an outcome's scale: 1 for a ratio, else 0. */
export function noEffect(outcome: Pick<OutcomeView, 'type'>): number {
  return outcome.type === 'time-to-event' ? 1 : 0
}
