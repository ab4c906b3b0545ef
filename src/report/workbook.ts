/**
 * Report workbooks are built with files/' workbook writer, so every XLSX the app exports goes
 * through the same formula-injection guard.
 */
export { createWorkbook, type Formula, formula } from '../files/index.js'
