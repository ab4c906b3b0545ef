import { type Card, zrmDomainName } from '../conversation/conversation.js'
import { formatNumber } from '../format/index.js'
import type { PriceListItem } from '../price-list/price-list.js'
import { unitName } from '../price-list/units.js'
import { cardQuantity } from './case-costs.js'

/**
 * A card in words, as the live screen and the printed case report both show it: a life event
 * as "▲ Huisvesting: …" (▼ when worse), an activity as its item with quantity and unit,
 * "Contact maatschappelijk werk · 12 contacten". The unit agrees with the quantity as shown
 * (one decimal), so "1 contact" but "1,5 uur".
 */
export function cardDescription(
  card: Card,
  item: PriceListItem | undefined,
  language: 'nl' | 'en',
): string {
  if (card.type === 'event')
    return `${card.direction === 'better' ? '▲' : '▼'} ${zrmDomainName(card.domain, language)}: ${card.description}`
  const count = Math.round(cardQuantity(card) * 10) / 10
  const quantity = formatNumber(count, language, { upTo: 1 })
  if (item === undefined) return `${card.item} · ${quantity}`
  return `${item.name[language]} · ${quantity} ${unitName(item.unit, language, count)}`
}
