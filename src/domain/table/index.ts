export { parseCsv, toCsv } from './csv.js'
