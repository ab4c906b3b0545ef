/**
 * Counts a researcher or pilot manager sees of an effect analysis: below 10 a count is shown as
 * "<10" (a register extract is about residents; issue 13), and a total is hidden with it when
 * one of its parts is, since the total minus the other part would give the small one away.
 */
export const SMALL_COUNT = 10

export const SMALL_COUNT_TEXT = `<${SMALL_COUNT}`

export function isSmallCount(count: number): boolean {
  return count < SMALL_COUNT
}

/** A count as shown: its text, or "<10". */
export function countText(count: number, format: (n: number) => string): string {
  return isSmallCount(count) ? SMALL_COUNT_TEXT : format(count)
}

/** A count hidden to protect a small one: not "<10", which it need not be (the legend says why). */
export const HIDDEN_COUNT_TEXT = '·'

/** A total and its parts as shown: the total is hidden too when a part is small (secondary). */
export function partsAndTotal(
  parts: readonly number[],
  total: number,
  format: (n: number) => string,
): { readonly parts: readonly string[]; readonly total: string } {
  const shown = parts.map((part) => countText(part, format))
  const secondary = parts.some(isSmallCount)
  return { parts: shown, total: secondary ? HIDDEN_COUNT_TEXT : countText(total, format) }
}
