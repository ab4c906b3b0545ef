import type { AggregateCell } from '../../../domain/index.js'

/**
 * One mark for every hidden count, small or hidden to protect a small one, so the screen does
 * not say "<5" of a cell that is larger; the legend (aggregate.legend) explains it.
 */
export const SUPPRESSED_MARK = '·'

/** A published count as the screen shows it, with the reason in the reader's language. */
export function shownCount(
  cell: Pick<AggregateCell, 'count' | 'suppression'>,
  language: string,
): { text: string; reason: string | undefined } {
  if (cell.count !== null) return { text: String(cell.count), reason: undefined }
  const reason = cell.suppression?.reason
  return { text: SUPPRESSED_MARK, reason: language === 'en' ? reason?.en : reason?.nl }
}
