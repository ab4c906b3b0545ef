export { businessCaseReportHtml } from './report-html.js'
export { businessCaseWorkbook } from './workbook.js'
