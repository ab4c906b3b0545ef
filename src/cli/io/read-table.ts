import type { StudyTable } from '../../domain/index.js'
import { readColumns } from '../../files/index.js'

/**
 * The data file of `analyse` (CSV or XLSX, streamed by files/) as the domain's study table:
 * the raw text of the columns the spec needs. `onRows` reports progress.
 */
export function readTable(
  path: string,
  needed: ReadonlySet<string>,
  onRows?: (rows: number) => void,
): Promise<StudyTable> {
  return readColumns(path, needed, onRows)
}
