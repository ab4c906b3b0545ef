/**
 * files: CSV and XLSX in and out. Reading turns file text into rows (or columns) of text and
 * names the row of a malformed file; validating those rows is the domain's job. Every export
 * goes through one formula-injection guard (see guard.ts).
 */
export { readColumns, type TableColumns } from './columns.js'
export { type Cell, parseCsv, toCsv } from './csv.js'
export { detectDelimiter } from './csv-format.js'
export { FORMULA_GUARD_PREFIX, guardCell, guardText } from './guard.js'
export { qdpxArchive } from './qdpx.js'
export { eachXlsxRow, readFirstSheet, type XlsxInput } from './xlsx-read.js'
export { createWorkbook, type Formula, formula } from './xlsx-write.js'
