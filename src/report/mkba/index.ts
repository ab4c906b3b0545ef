export { mkbaReportHtml } from './report-html.js'
export { mkbaWorkbook } from './workbook.js'
