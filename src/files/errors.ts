import { CsvError } from 'csv-parse'
import { ValidationError } from '../domain/index.js'

/**
 * A csv-parse failure as a validation error naming the spreadsheet row (the header is row 1),
 * in Dutch and English. Anything else is passed on unchanged.
 */
export function csvReadError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error
  const records = (error as CsvError & { records?: number }).records ?? 0
  const row = records + 1
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? { nl: 'een aanhalingsteken wordt niet gesloten', en: 'a quote is never closed' }
      : { nl: `onleesbare CSV (${error.code})`, en: `unreadable CSV (${error.code})` }
  return new ValidationError([{ row, message }], { cause: error })
}

/** A row with more or fewer cells than the header. */
export function raggedRowError(row: number, cells: number, expected: number): ValidationError {
  return new ValidationError([
    {
      row,
      message: {
        nl: `${cells} cellen, verwacht ${expected}`,
        en: `${cells} cells, expected ${expected}`,
      },
    },
  ])
}

/** A workbook without any worksheet. */
export function noWorksheetError(): ValidationError {
  return new ValidationError([
    { message: { nl: 'het werkboek heeft geen werkblad', en: 'the workbook has no worksheet' } },
  ])
}
