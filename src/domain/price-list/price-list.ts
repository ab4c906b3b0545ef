import { z } from 'zod'
import { BOUNDS } from '../number/bounds.js'
import { stakeholderSchema } from '../stakeholder/stakeholder.js'
import { longText, nameText } from '../text/text.js'

export const PRICE_DOMAINS = [
  'participatiewet',
  'wmo',
  'jeugdwet',
  'health-insurance',
  'long-term-care',
  'justice',
  'housing',
  'education',
  'income',
] as const

const sourceSchema = z.object({
  title: longText().min(1),
  url: longText().optional(),
  year: z.number().int().min(0).max(2100),
})

/** A price in integer eurocents, at most BOUNDS.priceCents (€ 10 million a unit). */
const cents = z.number().int().nonnegative().max(BOUNDS.priceCents)

/**
 * One unit cost. Money in integer eurocents at the prices of `priceYear`. An item that
 * `needsLocalTariff` has no good Dutch source: it carries no price until a municipality sets
 * its own tariff with a reason (`override`).
 */
export const priceListItemSchema = z.object({
  code: nameText().regex(/^[A-Z0-9-]+$/, 'price-item-code'),
  name: z.object({ nl: nameText().min(1), en: nameText().min(1) }),
  category: nameText().min(1),
  domain: z.enum(PRICE_DOMAINS),
  unit: nameText().min(1),
  priceCents: cents.optional(),
  priceYear: z.number().int().min(1990).max(2100).optional(),
  lowCents: cents.optional(),
  highCents: cents.optional(),
  defaultPayer: stakeholderSchema,
  source: sourceSchema.optional(),
  notes: longText().optional(),
  needsLocalTariff: z.boolean().default(false),
  /** A municipality's own tariff replacing the shipped one, with its reason. */
  override: z.object({ reason: longText().min(1), by: nameText().optional() }).optional(),
})
export type PriceListItem = z.output<typeof priceListItemSchema>

export const priceListSchema = z.object({
  id: nameText().min(1),
  version: nameText().min(1),
  items: z.array(priceListItemSchema),
})
export type PriceList = z.output<typeof priceListSchema>

/** The item's price in euros, or undefined when it has none yet (needs a local tariff). */
export function priceOf(
  item: PriceListItem,
  level: 'price' | 'low' | 'high' = 'price',
): number | undefined {
  const cents =
    level === 'low'
      ? (item.lowCents ?? item.priceCents)
      : level === 'high'
        ? (item.highCents ?? item.priceCents)
        : item.priceCents
  return cents === undefined ? undefined : cents / 100
}
