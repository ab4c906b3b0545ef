import { normalCdf, normalQuantile } from '../dists/index.js'

/**
 * Time-to-event power by Schoenfeld's formula for the log-rank test / Cox model.
 *
 * ## Method
 *
 *   D = (z_{1−α/2} + z_{1−β})² / (p (1 − p) (log HR)²)          required events
 *   power(HR) = Φ( √(D p (1 − p)) |log HR| − z_{1−α/2} )
 *   minimal detectable HR = exp(± (z_{1−α/2} + z_{1−β}) / √(D p (1 − p)))
 *
 * p: share of participants in the pilot group. Expected events D = N · π with π the
 * probability of an event within follow-up; with a constant event rate λ per month over T
 * months, π = 1 − exp(−λ T) (exponential survival, no censoring before T — an assumption).
 *
 * ## References
 *
 * - Schoenfeld, D. 1983. "Sample-Size Formula for the Proportional-Hazards Regression
 *   Model." Biometrics 39 (2): 499–503. doi:10.2307/2531021.
 *
 * Checked against: the formula evaluated in R — fixtures/make.R (schoenfeld)
 *
 * @example
 * ```ts
 * schoenfeldEvents({ hazardRatio: 0.5 }) // → 65.3457…   (the R fixture: 80% power, α = 0.05)
 * ```
 */
export function schoenfeldEvents(input: {
  readonly hazardRatio: number
  readonly power?: number
  readonly sigLevel?: number
  readonly allocation?: number
}): number {
  const { za, zb, p } = constants(input)
  return (za + zb) ** 2 / (p * (1 - p) * Math.log(input.hazardRatio) ** 2)
}

export interface SurvivalPowerResult {
  readonly expectedEvents: number
  /** Smallest detectable hazard ratios above and below 1, at the requested power. */
  readonly minimalHazardRatioUp: number
  readonly minimalHazardRatioDown: number
  readonly power?: number
}

/**
 * The events a pilot and comparison group can expect, the hazard ratios they can detect at
 * the requested power (default 0.8), and optionally the power for a given hazard ratio, by
 * the formulas of schoenfeldEvents with p = nPilot / N.
 * @example
 * ```ts
 * survivalPower({ nPilot: 150, nComparison: 450, eventProbability: 0.3, hazardRatio: 0.7 })
 * // → { expectedEvents: 180, minimalHazardRatioDown: 0.6174…, minimalHazardRatioUp: 1.6197…,
 * //     power: 0.5446… }
 * ```
 */
export function survivalPower(input: {
  readonly nPilot: number
  readonly nComparison: number
  /** Probability of the event within follow-up, 0–1. */
  readonly eventProbability: number
  readonly power?: number
  readonly sigLevel?: number
  /** If given, also the power to detect this hazard ratio. */
  readonly hazardRatio?: number
}): SurvivalPowerResult {
  const N = input.nPilot + input.nComparison
  const allocation = input.nPilot / N
  const { za, zb, p } = constants({ ...input, allocation })
  const D = N * input.eventProbability
  const step = (za + zb) / Math.sqrt(D * p * (1 - p))
  return {
    expectedEvents: D,
    minimalHazardRatioUp: Math.exp(step),
    minimalHazardRatioDown: Math.exp(-step),
    ...(input.hazardRatio === undefined
      ? {}
      : {
          power: normalCdf(Math.sqrt(D * p * (1 - p)) * Math.abs(Math.log(input.hazardRatio)) - za),
        }),
  }
}

/**
 * π = 1 − exp(−λ T): event probability within T under a constant rate λ.
 * @example
 * ```ts
 * eventProbabilityFromRate(0.05, 12) // → 0.45119…   (5% a month for a year)
 * ```
 */
export function eventProbabilityFromRate(ratePerUnit: number, followUp: number): number {
  return 1 - Math.exp(-ratePerUnit * followUp)
}

function constants(input: { power?: number; sigLevel?: number; allocation?: number }) {
  return {
    za: normalQuantile(1 - (input.sigLevel ?? 0.05) / 2),
    zb: normalQuantile(input.power ?? 0.8),
    p: input.allocation ?? 0.5,
  }
}
