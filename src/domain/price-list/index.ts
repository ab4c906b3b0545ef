export { CPI_SERIES, EARLIEST_CPI_YEAR, indexPrice, LATEST_CPI_YEAR } from './indexation.js'
export type { ItemPrice, PriceLevel, PriceProblem } from './price-item.js'
export {
  createPricer,
  isPriceProblem,
  priceItem,
  priceProblemText,
} from './price-item.js'
export type { PriceList, PriceListItem } from './price-list.js'
export {
  PRICE_DOMAINS,
  priceListItemSchema,
  priceListSchema,
  priceOf,
} from './price-list.js'
export type { PriceMatch } from './search.js'
export { bestPriceMatch, itemsMatching } from './search.js'
export { STARTER_PRICE_LIST } from './starter.js'
export { PRICE_LIST_COLUMNS, priceListFromRows, priceListToRows } from './table-format.js'
export { unitName } from './units.js'
