import { itemsMatching, type PriceListItem } from '../../../domain/index.js'

/** What the price-list page shows: the words typed, a domain and a category ('' is all). */
export interface PriceListFilter {
  readonly query: string
  readonly domain: string
  readonly category: string
}

/** Rows per page: enough to scan, few enough that a page of sources stays readable. */
export const PAGE_SIZE = 25

/** The items matching the query (itemsMatching) and the chosen domain and category. */
export function filterPriceList(
  items: readonly PriceListItem[],
  filter: PriceListFilter,
): PriceListItem[] {
  return itemsMatching(items, filter.query).filter(
    (i) =>
      (filter.domain === '' || i.domain === filter.domain) &&
      (filter.category === '' || i.category === filter.category),
  )
}

/** The categories of the items in a domain ('' is every domain), sorted as Dutch sorts. */
export function categoriesOf(items: readonly PriceListItem[], domain: string): string[] {
  const inDomain = items.filter((i) => domain === '' || i.domain === domain)
  return [...new Set(inDomain.map((i) => i.category))].sort((a, b) => a.localeCompare(b, 'nl'))
}

/** One page of rows (0-based, clamped to the last page) and how many pages there are. */
export function pageOf<T>(
  rows: readonly T[],
  page: number,
): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const at = Math.min(Math.max(0, page), pages - 1)
  return { rows: rows.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE), page: at, pages }
}
