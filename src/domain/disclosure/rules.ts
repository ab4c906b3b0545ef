/**
 * The disclosure-control rules every published count follows.
 *
 * - A count of 1 to `threshold − 1` is a small cell and is never shown (primary suppression).
 *   Zero is shown: it counts nobody, and CBS practice and the project's security bar suppress
 *   1…N−1, not 0 (../shared/research/ecosystem-security.md §3.12 and item 19). The residual
 *   risk of a zero (everyone in a group shares a trait) is accepted, as in that practice.
 *   Below a small whole, zeros are hidden too (suppress.ts says why).
 * - N = 5 is the common minimum cell size (CBS frequency tables; Statistics Norway's small
 *   counts 1–4). The CBS Remote Access figure of 10 is unverified, so it is not used here.
 * - Every shown count is rounded to a multiple of `roundingBase`, so that one more or one fewer
 *   person mostly leaves the table unchanged (see publish.ts for what rounding does not cover).
 */
export interface DisclosureRules {
  readonly threshold: number
  readonly roundingBase: number
}

export const DISCLOSURE_RULES: DisclosureRules = { threshold: 5, roundingBase: 5 }

/** Rounds a count to the nearest multiple of `base` (22 → 20, 23 → 25 for base 5). */
export function roundToBase(count: number, base: number): number {
  return Math.round(count / base) * base
}

export function isSmallCount(count: number, rules: DisclosureRules): boolean {
  return count > 0 && count < rules.threshold
}
