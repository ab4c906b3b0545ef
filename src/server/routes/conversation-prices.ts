import type { Kysely } from 'kysely'
import type { Database } from '../../db/index.js'
import { LATEST_CPI_YEAR, type PriceList, STARTER_PRICE_LIST } from '../../domain/index.js'

/**
 * The prices a municipality's business cases use: its active price-list version at the price
 * level of the latest CPI year.
 */
export async function conversationPrices(
  _db: Kysely<Database>,
  _municipalityId: string,
): Promise<{ readonly baseYear: number; readonly priceList: PriceList }> {
  return { baseYear: LATEST_CPI_YEAR, priceList: STARTER_PRICE_LIST }
}
