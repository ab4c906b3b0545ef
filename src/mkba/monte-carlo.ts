import { createRandom } from '../stats/random/index.js'
import {
  type CompiledModel,
  DROP_OFF,
  discountedSum,
  discountFactors,
  itemScale,
  PARAMETER_COUNT,
} from './compile.js'
import { sample, sampler } from './distributions.js'
import { addToTotals } from './ledger.js'
import { ownRateFactors, sharedKey, totalsFor, uncertainInputs } from './uncertainty.js'

export interface HistogramBin {
  readonly x0: number
  readonly x1: number
  readonly count: number
}

export interface MonteCarloResult {
  readonly draws: number
  readonly seed: number
  readonly npvMean: number
  readonly npvP5: number
  readonly npvP50: number
  readonly npvP95: number
  readonly ratioP5: number | null
  readonly ratioP50: number | null
  readonly ratioP95: number | null
  readonly ratioFinancialP5: number | null
  readonly ratioFinancialP50: number | null
  readonly ratioFinancialP95: number | null
  /** Share of draws in which all benefits exceed the costs (B/C > 1, i.e. NPV > 0). */
  readonly probRatioAbove1: number
  readonly probRatioFinancialAbove1: number
  readonly npvHistogram: readonly HistogramBin[]
}

export interface MonteCarloOptions {
  /** Number of draws, ≥ 1. */
  readonly draws: number
  /** Seed of the random stream; the same seed gives the same result. */
  readonly seed: number
  /** Called about every 1% of the draws with the number done. */
  readonly onProgress?: (done: number) => void
}

/**
 * Monte Carlo uncertainty analysis: every uncertain input drawn independently from its
 * distribution, the model evaluated per draw; percentiles of NPV and both ratios.
 *
 * ## Method
 *
 * Draw j: θ_j ~ F (independent inputs, except that items sharing one effect estimate share
 * its standard-normal draw: b + se·z with one z), NPV_j = PV_B(θ_j) − PV_C(θ_j). Percentiles by R's
 * default quantile type 7 (linear interpolation of order statistics, Hyndman & Fan 1996).
 * Only the items an uncertain input touches are re-evaluated per draw.
 *
 * ## References
 *
 * - HM Treasury. 2022. The Green Book, Annex A5 (Monte Carlo analysis).
 * - Hyndman, R. J., and Y. Fan. 1996. "Sample Quantiles in Statistical Packages."
 *   The American Statistician 50 (4): 361–65. doi:10.2307/2684934.
 * - research/mkba.md TC5 (an effect estimate carried through to the NPV).
 *
 * @example
 * ```ts
 * const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }
 * const pilot: MkbaModel = {
 *   name: 'pilot', baseYear: 2024, priceYear: 2024, horizonYears: 2, discountRate: 0.0225,
 *   timing: 'start-of-year', stakeholders: ['city'],
 *   items: [
 *     { id: 'team', kind: 'cost', category: 'financial', stakeholder: 'city',
 *       years: { 2024: 100000 }, ...none },
 *     { id: 'work', kind: 'benefit', category: 'financial', stakeholder: 'city',
 *       quantity: 20, unitValue: 6000, startYear: 2025, durationYears: 1, ...none,
 *       uncertainty: { quantity: { distribution: 'triangular', low: 10, mode: 20, high: 30 } } },
 *   ],
 * }
 * monteCarlo(compileModel(pilot), { draws: 10000, seed: 1 })
 * // → { npvMean: 17074.5…, npvP5: -23111.1…, npvP50: 17199.2…, npvP95: 56951.2…,
 * //     ratioP50: 1.17199…, probRatioAbove1: 0.7502 }
 * // Exactly, P(NPV > 0) = P(quantity > 17.04) = 0.752 for this triangular distribution.
 * ```
 */
export function monteCarlo(compiled: CompiledModel, options: MonteCarloOptions): MonteCarloResult {
  const { draws, seed } = options
  if (!Number.isInteger(draws) || draws < 1) {
    throw new RangeError(
      `invalid argument. \`draws\` must be a positive integer. Value: \`${draws}\`.`,
    )
  }
  const { model } = compiled
  const random = createRandom(seed)
  const inputs = uncertainInputs(compiled)
  const rateInput = inputs.find((input) => input.offset < 0)
  const itemInputs = inputs.filter((input) => input.offset >= 0)
  const itemFactors = ownRateFactors(compiled)
  const sharedKeys = [
    ...new Set(itemInputs.flatMap((input) => sharedKey(input.distribution) ?? [])),
  ]
  const sharedIndex = itemInputs.map((input) => {
    const key = sharedKey(input.distribution)
    return key === undefined ? -1 : sharedKeys.indexOf(key)
  })
  const sharedZ = new Float64Array(sharedKeys.length)
  const draw = itemInputs.map((input) => sampler(input.distribution, random))
  const baseFactors = discountFactors(model.discountRate, model.horizonYears, model.timing)
  const touched = rateInput
    ? compiled.items.map((_, i) => i)
    : [...new Set(itemInputs.map((input) => input.item))]
  const untouched = compiled.items.map((_, i) => i).filter((i) => !touched.includes(i))
  const fixed = totalsFor(compiled, compiled.base, baseFactors, itemFactors, untouched)

  const params = compiled.base.slice()
  const npv = new Float64Array(draws)
  const ratio = new Float64Array(draws)
  const ratioFinancial = new Float64Array(draws)
  let aboveOne = 0
  let financialAboveOne = 0
  const step = Math.max(1, Math.floor(draws / 100))
  // The timing part of a touched item's PV is fixed unless its drop-off or the rate is drawn:
  // compute it once, so a draw costs O(items) instead of O(items × years).
  const dropOffDrawn = new Set(
    itemInputs.filter((input) => input.offset % PARAMETER_COUNT === DROP_OFF).map((i) => i.item),
  )
  const fixedSums = touched.map((i) =>
    rateInput || dropOffDrawn.has(i)
      ? undefined
      : discountedSum(
          compiled.items[i]!,
          1 - compiled.base[i * PARAMETER_COUNT + DROP_OFF]!,
          itemFactors[i] ?? baseFactors,
        ),
  )
  for (let j = 0; j < draws; j++) {
    // One standard normal per shared effect estimate, then every input (Distribution docs).
    for (let g = 0; g < sharedKeys.length; g++) sharedZ[g] = random.normal()
    for (let n = 0; n < itemInputs.length; n++) {
      const input = itemInputs[n]!
      const g = sharedIndex[n]!
      const d = input.distribution
      params[input.offset] =
        g >= 0 && d.distribution === 'effect'
          ? d.multiplier * (d.estimate + d.se * sharedZ[g]!)
          : draw[n]!()
    }
    const factors = rateInput
      ? discountFactors(sample(rateInput.distribution, random), model.horizonYears, model.timing)
      : baseFactors
    const t = { ...fixed }
    for (let n = 0; n < touched.length; n++) {
      const i = touched[n]!
      const item = compiled.items[i]!
      const o = i * PARAMETER_COUNT
      const sum =
        fixedSums[n] ?? discountedSum(item, 1 - params[o + DROP_OFF]!, itemFactors[i] ?? factors)
      addToTotals(
        t,
        item,
        item.item.category === 'unquantified' ? 0 : itemScale(item, params, o) * sum,
      )
    }
    npv[j] = t.pvBenefits - t.pvCosts
    ratio[j] = t.pvCosts > 0 ? t.pvBenefits / t.pvCosts : Number.NaN
    ratioFinancial[j] = t.pvCosts > 0 ? t.pvBenefitsFinancial / t.pvCosts : Number.NaN
    if (t.pvBenefits > t.pvCosts) aboveOne++
    if (t.pvBenefitsFinancial > t.pvCosts) financialAboveOne++
    if (options.onProgress && (j + 1) % step === 0) options.onProgress(j + 1)
  }

  let sum = 0
  for (let j = 0; j < draws; j++) sum += npv[j]!
  const npvSorted = npv.slice().sort()
  const ratioSorted = finite(ratio).sort()
  const financialSorted = finite(ratioFinancial).sort()
  return {
    draws,
    seed,
    npvMean: sum / draws,
    npvP5: quantile7(npvSorted, 0.05),
    npvP50: quantile7(npvSorted, 0.5),
    npvP95: quantile7(npvSorted, 0.95),
    ratioP5: orNull(quantile7(ratioSorted, 0.05)),
    ratioP50: orNull(quantile7(ratioSorted, 0.5)),
    ratioP95: orNull(quantile7(ratioSorted, 0.95)),
    ratioFinancialP5: orNull(quantile7(financialSorted, 0.05)),
    ratioFinancialP50: orNull(quantile7(financialSorted, 0.5)),
    ratioFinancialP95: orNull(quantile7(financialSorted, 0.95)),
    probRatioAbove1: aboveOne / draws,
    probRatioFinancialAbove1: financialAboveOne / draws,
    npvHistogram: histogram(npvSorted, 30),
  }
}

/**
 * R's quantile(type = 7) of sorted data: x[h] with h = (n − 1)p, linearly interpolated.
 * @example
 * ```ts
 * quantile7(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.95)
 * // → 9.55…   (R: quantile(1:10, 0.95), as in monte-carlo.test.ts)
 * ```
 */
export function quantile7(sorted: Float64Array, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, n - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

function finite(values: Float64Array): Float64Array {
  return values.filter((v) => Number.isFinite(v))
}

function orNull(value: number): number | null {
  return Number.isFinite(value) ? value : null
}

function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length
  const min = sorted[0]!
  const max = sorted[n - 1]!
  if (!(max > min)) return [{ x0: min, x1: max, count: n }]
  const width = (max - min) / bins
  const counts = new Array<number>(bins).fill(0)
  for (let j = 0; j < n; j++) {
    const b = Math.min(bins - 1, Math.floor((sorted[j]! - min) / width))
    counts[b]! += 1
  }
  return counts.map((count, b) => ({ x0: min + b * width, x1: min + (b + 1) * width, count }))
}
