/**
 * A date plus whole months, as EU law counts periods expressed in months (Regulation (EEC,
 * Euratom) No 1182/71, art. 3(2)(c), which the AVG's "one month" of art. 12(3) follows): the
 * period ends on the same day of the later month, or on that month's last day when it has no
 * such day (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * ```ts
 * addMonths('2026-01-31', 1) // → '2026-02-28'
 * addMonths('2026-03-15', 3) // → '2026-06-15'
 * addMonths('2026-12-01', 240) // → '2046-12-01'
 * ```
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate()
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`
}
