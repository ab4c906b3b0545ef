export { type PlannedPilot, pilotDesignHtml } from './pilot-design-section.js'
export type { MkbaReportContext } from './report-context.js'
export { type MkbaReportInput, mkbaReportHtml } from './report-html.js'
export { mkbaWorkbook } from './workbook.js'
