export type { CaseReportInput } from './case-report.js'
export { caseReportHtml } from './case-report.js'
export { businessCaseReportHtml } from './report-html.js'
export { businessCaseWorkbook } from './workbook.js'
