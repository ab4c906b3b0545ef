import { normalQuantile } from '../dists/index.js'

export interface KaplanMeierCurve {
  /** Distinct times with an event or a censoring, ascending (as survfit's `time`). */
  readonly time: readonly number[]
  readonly nRisk: readonly number[]
  readonly nEvent: readonly number[]
  readonly nCensor: readonly number[]
  readonly survival: readonly number[]
  /** Standard error of −log S(t) (survfit's `std.err`); NaN where undefined. */
  readonly stdErr: readonly number[]
  readonly lower: readonly number[]
  readonly upper: readonly number[]
  /** Median survival and its confidence limits (NaN when not reached), as print.survfit. */
  readonly median: number
  readonly medianLower: number
  readonly medianUpper: number
  readonly confLevel: number
}

export interface SurvivalAt {
  readonly time: number
  readonly survival: number
  readonly lower: number
  readonly upper: number
}

/**
 * Kaplan–Meier estimate of the survival function, with Greenwood's variance.
 *
 * ## Method
 *
 *   Ŝ(t)            = ∏_{t_i ≤ t} (1 − d_i / n_i)
 *   Var[−log Ŝ(t)]  = Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))                 (Greenwood)
 *   limits          = Ŝ(t) · exp(∓ z_{1−α/2} · se),  upper capped at 1     (conf.type = "log")
 *
 * t_i: distinct times; d_i: events at t_i; n_i: at risk just before t_i.
 *
 * ## Notes
 *
 * - A subject censored at t_i counts as at risk at t_i (R's convention).
 * - Once Ŝ reaches 0 the standard error and limits are NaN (R reports NA).
 * - The median is the first time Ŝ ≤ 0.5; where Ŝ equals 0.5 exactly over a flat stretch it is
 *   the midpoint between that time and the next (quantile.survfit); the limits apply the same
 *   rule to the upper and lower curves.
 *
 * ## References
 *
 * - Kaplan, E. L., and P. Meier. 1958. "Nonparametric Estimation from Incomplete
 *   Observations." JASA 53 (282): 457–81. doi:10.1080/01621459.1958.10501452.
 * - Greenwood, M. 1926. The Natural Duration of Cancer. Reports on Public Health and Medical
 *   Subjects 33. London: HMSO.
 * - Therneau, T. M., and P. M. Grambsch. 2000. Modeling Survival Data, §2.1. Springer.
 *   doi:10.1007/978-1-4757-3294-8.
 *
 * Checked against: survival::survfit (3.5-3) — fixtures/make.R, fixtures/kaplan-meier.json
 *
 * @param input.time  - follow-up per subject (any unit; the result keeps it)
 * @param input.event - 1 if the event was observed, 0 if censored
 * @param input.confLevel - default 0.95
 *
 * @example
 * ```ts
 * kaplanMeier({ time: [1, 2, 2, 3, 4, 5, 6, 7], event: [1, 1, 0, 1, 1, 0, 1, 0] })
 * // → { time: [1, 2, 3, 4, 5, 6, 7], nRisk: [8, 7, 5, 4, 3, 2, 1],
 * //     survival: [0.875, 0.75, 0.600…, 0.450…, 0.450…, 0.225…, 0.225…],
 * //     lower: [0.67338…, …], median: 4, medianLower: 3, medianUpper: NaN }
 * // As survfit in the R fixtures ("small with ties and a flat 0.5"; R's NA is NaN here).
 * ```
 */
export function kaplanMeier(input: {
  readonly time: ArrayLike<number>
  readonly event: ArrayLike<number>
  readonly confLevel?: number
}): KaplanMeierCurve {
  const n = input.time.length
  if (input.event.length !== n) {
    throw new RangeError(
      `invalid argument. \`time\` and \`event\` must have the same length. Value: \`${n}\`, \`${input.event.length}\`.`,
    )
  }
  const confLevel = input.confLevel ?? 0.95
  const z = normalQuantile(1 - (1 - confLevel) / 2)
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => input.time[a]! - input.time[b]!,
  )
  const time: number[] = []
  const nRisk: number[] = []
  const nEvent: number[] = []
  const nCensor: number[] = []
  const survival: number[] = []
  const stdErr: number[] = []
  const lower: number[] = []
  const upper: number[] = []
  let atRisk = n
  let S = 1
  let greenwood = 0
  for (let k = 0; k < n; ) {
    const t = input.time[order[k]!]!
    let d = 0
    let c = 0
    while (k < n && input.time[order[k]!]! === t) {
      if (input.event[order[k]!]! === 1) d++
      else c++
      k++
    }
    if (d > 0) {
      S *= 1 - d / atRisk
      greenwood += atRisk === d ? Number.POSITIVE_INFINITY : d / (atRisk * (atRisk - d))
    }
    const se = S > 0 ? Math.sqrt(greenwood) : Number.NaN
    time.push(t)
    nRisk.push(atRisk)
    nEvent.push(d)
    nCensor.push(c)
    survival.push(S)
    stdErr.push(se)
    lower.push(S > 0 && Number.isFinite(se) ? S * Math.exp(-z * se) : Number.NaN)
    upper.push(S > 0 && Number.isFinite(se) ? Math.min(1, S * Math.exp(z * se)) : Number.NaN)
    atRisk -= d + c
  }
  return {
    time,
    nRisk,
    nEvent,
    nCensor,
    survival,
    stdErr,
    lower,
    upper,
    median: quantileTime(time, survival, 0.5),
    medianLower: quantileTime(time, lower, 0.5),
    medianUpper: quantileTime(time, upper, 0.5),
    confLevel,
  }
}

/**
 * Ŝ and its limits at chosen times (step function; before the first time Ŝ = 1), as
 * summary(fit, times).
 * @example
 * ```ts
 * const curve = kaplanMeier({ time: [1, 2, 2, 3, 4, 5, 6, 7], event: [1, 1, 0, 1, 1, 0, 1, 0] })
 * survivalAt(curve, [0, 2.5, 10])
 * // → [{ time: 0, survival: 1 }, { time: 2.5, survival: 0.75, lower: 0.50270… },
 * //    { time: 10, survival: 0.225…, upper: 1 }]
 * ```
 */
export function survivalAt(curve: KaplanMeierCurve, times: readonly number[]): SurvivalAt[] {
  return times.map((t) => {
    let j = -1
    while (j + 1 < curve.time.length && curve.time[j + 1]! <= t) j++
    return j < 0
      ? { time: t, survival: 1, lower: 1, upper: 1 }
      : { time: t, survival: curve.survival[j]!, lower: curve.lower[j]!, upper: curve.upper[j]! }
  })
}

/**
 * First time where the curve drops to ≤ p; if it equals p (within 1e-8, R's tolerance) over
 * a flat stretch, the midpoint of that time and the next time the curve changes. NaN if never.
 */
function quantileTime(time: readonly number[], curve: readonly number[], p: number): number {
  const eps = 1e-8
  for (let i = 0; i < time.length; i++) {
    const s = curve[i]!
    if (Number.isNaN(s)) continue
    if (Math.abs(s - p) < eps) {
      let j = i + 1
      while (j < time.length && Math.abs(curve[j]! - s) < eps) j++
      return j < time.length ? (time[i]! + time[j]!) / 2 : time[i]!
    }
    if (s < p) return time[i]!
  }
  return Number.NaN
}
