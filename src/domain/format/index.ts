export { formatDay, formatMoment, formatMonth } from './date.js'
export type { Language } from './language.js'
export type { Decimals } from './number.js'
export {
  formatCompactEuro,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPlainNumber,
} from './number.js'
