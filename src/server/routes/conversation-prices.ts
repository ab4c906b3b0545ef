import type { Kysely } from 'kysely'
import { type Database, findActivePriceList } from '../../db/index.js'
import { LATEST_CPI_YEAR, type PriceList } from '../../domain/index.js'

/**
 * The prices a municipality's business cases use: its active price-list version at the price
 * level of the latest CPI year.
 */
export async function conversationPrices(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<{ readonly baseYear: number; readonly priceList: PriceList }> {
  const active = await findActivePriceList(db, municipalityId)
  return { baseYear: LATEST_CPI_YEAR, priceList: active.list }
}
