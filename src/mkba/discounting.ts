import type { TimingConvention } from './model.js'

/**
 * The standard real discount rate for Dutch MKBAs started from 1 January 2021:
 * 2.25% = −1% risk-free + 3.25% risk premium.
 * Ref: Rapport Werkgroep discontovoet 2020 — https://www.rwseconomie.nl/discontovoet
 */
export const DISCOUNT_RATE_STANDARD = 0.0225

/** Exception 2 of the 2020 guideline: demonstrably risk-free flows at −1% (research/mkba.md §1.2). */
export const DISCOUNT_RATE_RISK_FREE = -0.01

/**
 * Discount factor of year t (t = year − baseYear).
 *
 * ## Method
 *
 *   start-of-year: d(t) = 1 / (1 + r)^t          (base year undiscounted; the guideline's
 *                                                 "discount to the base year")
 *   end-of-year:   d(t) = 1 / (1 + r)^(t + 1)    (every year discounted, as many SROI tools)
 *
 * ## References
 *
 * - Romijn, G., and G. Renes. 2013. Algemene leidraad voor maatschappelijke
 *   kosten-batenanalyse. CPB/PBL, §6 (discounting to the base year).
 * - research/mkba.md TC1 (the two conventions on a published SROI example).
 *
 * @example
 * ```ts
 * discountFactor(0, 0.0225, 'start-of-year') // → 1   (the base year)
 * discountFactor(2, 0.0225, 'start-of-year') // → 0.956474…   (1.0225^−2)
 * discountFactor(2, 0.0225, 'end-of-year') // → 0.935427…   (1.0225^−3)
 * ```
 */
export function discountFactor(t: number, rate: number, timing: TimingConvention): number {
  const periods = timing === 'start-of-year' ? t : t + 1
  return (1 + rate) ** -periods
}
