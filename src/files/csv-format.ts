import type { Options } from 'csv-parse'

/**
 * The CSV dialect read here: RFC 4180 quoting (fields may hold the delimiter, doubled quotes
 * and line breaks), a UTF-8 byte-order mark ignored, CRLF, LF or CR between records (mixed
 * too), and rows of any length (the caller decides whether a short row is an error). A quote
 * inside an unquoted field is kept as text, as Excel does.
 */
export function csvParseOptions(delimiter: CsvDelimiter): Options {
  return {
    bom: true,
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }
}

export type CsvDelimiter = ',' | ';'

/**
 * The delimiter, from the first record (the header): Dutch Excel writes `;`, others `,`.
 * `;` wins when the header holds more semicolons than commas outside quoted fields.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (quoted) continue
    else if (c === '\n' || c === '\r') break
    else if (c === ';') semicolons++
    else if (c === ',') commas++
  }
  return semicolons > commas ? ';' : ','
}
