import { ValidationError } from '../domain/index.js'

/** A quote opened in the record on `row` (the header is row 1) and never closed. */
export function unclosedQuoteError(row: number): ValidationError {
  return new ValidationError([
    {
      row,
      message: { nl: 'een aanhalingsteken wordt niet gesloten', en: 'a quote is never closed' },
    },
  ])
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
