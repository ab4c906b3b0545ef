import type { PriceListItem } from './price-list.js'

const searchable = (i: PriceListItem) =>
  `${i.code} ${i.name.nl} ${i.name.en} ${i.category} ${i.domain} ${i.unit} ${i.source?.title ?? ''}`.toLowerCase()

/**
 * The items matching every word of the query (in code, both names, category, domain, unit or
 * source, case-insensitively), in the list's order: the price-list page's search and the card
 * form's best match use this one rule.
 * @example
 * ```ts
 * const items = STARTER_PRICE_LIST.items
 * itemsMatching(items, 'spoedeisende hulp').map((i) => i.code).length > 0 // → true
 * itemsMatching(items, '').length === items.length // → true
 * ```
 */
export function itemsMatching(items: readonly PriceListItem[], query: string): PriceListItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return items.filter((i) => {
    const text = searchable(i)
    return words.every((w) => text.includes(w))
  })
}

export type PriceMatch =
  | { readonly item: PriceListItem }
  | { readonly choices: readonly PriceListItem[] }

/**
 * What a typed text in the card form's item field means when Enter is pressed: the item with
 * that code or that exact name; else the one item that matches every word; else, among several,
 * the one whose name starts with the text if only one does. Otherwise the choices (at most
 * five), for the form to show — never a silent guess among equals.
 * @example
 * ```ts
 * const items = STARTER_PRICE_LIST.items
 * const first = items[0]!
 * bestPriceMatch(items, first.code.toLowerCase(), 'nl') // → { item: { code: first.code } }
 * bestPriceMatch(items, 'zzz-geen-post', 'nl') // → { choices: [] }
 * ```
 */
export function bestPriceMatch(
  items: readonly PriceListItem[],
  text: string,
  language: 'nl' | 'en',
): PriceMatch {
  const typed = text.trim().toLowerCase()
  const exact = items.find(
    (i) =>
      i.code.toLowerCase() === typed ||
      i.name.nl.toLowerCase() === typed ||
      i.name.en.toLowerCase() === typed,
  )
  if (exact) return { item: exact }
  const found = itemsMatching(items, typed)
  const [only] = found
  if (found.length === 1 && only) return { item: only }
  const starting = found.filter((i) => i.name[language].toLowerCase().startsWith(typed))
  const [start] = starting
  if (starting.length === 1 && start) return { item: start }
  return { choices: found.slice(0, 5) }
}
