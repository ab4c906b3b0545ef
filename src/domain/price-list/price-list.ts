import { z } from 'zod'
import { stakeholderSchema } from '../stakeholder/stakeholder.js'

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
  title: z.string().min(1),
  url: z.string().optional(),
  year: z.number().int(),
})

/**
 * One unit cost. Money in integer eurocents at the prices of `priceYear`. An item that
 * `needsLocalTariff` has no good Dutch source: it carries no price until a municipality sets
 * its own tariff with a reason (`override`).
 */
export const priceListItemSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/, 'price-item-code'),
  name: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
  category: z.string().min(1),
  domain: z.enum(PRICE_DOMAINS),
  unit: z.string().min(1),
  priceCents: z.number().int().nonnegative().optional(),
  priceYear: z.number().int().min(1990).max(2100).optional(),
  lowCents: z.number().int().nonnegative().optional(),
  highCents: z.number().int().nonnegative().optional(),
  defaultPayer: stakeholderSchema,
  source: sourceSchema.optional(),
  notes: z.string().optional(),
  needsLocalTariff: z.boolean().default(false),
  /** A municipality's own tariff replacing the shipped one, with its reason. */
  override: z.object({ reason: z.string().min(1), by: z.string().optional() }).optional(),
})
export type PriceListItem = z.output<typeof priceListItemSchema>

export const priceListSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
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
