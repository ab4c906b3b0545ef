/**
 * The one formula-injection guard, applied to every cell of every CSV and XLSX export.
 *
 * Rule (OWASP "CSV Injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return could be taken for a formula by Excel, LibreOffice or Numbers (a
 * `=HYPERLINK(…)` that leaks data on a click, a `@SUM(…)`, a DDE call), so it is written with a
 * single quote `'` in front; the quote shows as text and the cell is never evaluated. Reading
 * such a file back gives the text with that quote. Only strings are guarded: a number is
 * written as a number (in CSV as its digits, in XLSX as a numeric cell), so `-12.5` stays a
 * negative number and arithmetic on exported figures keeps working.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const FORMULA_GUARD_PREFIX = "'"

/** A text cell as it is written: with the guard prefix when it could start a formula. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `${FORMULA_GUARD_PREFIX}${text}` : text
}

/** Any cell value as it is written: strings are guarded, everything else passes unchanged. */
export function guardCell<T>(value: T): T | string {
  return typeof value === 'string' ? guardText(value) : value
}
