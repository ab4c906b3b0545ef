export { effectAnalysisReportHtml } from './report-html.js'
export { effectAnalysisWorkbook } from './workbook.js'
