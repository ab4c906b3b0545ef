export type { CaseReportInput } from './business-case/index.js'
export {
  businessCaseReportHtml,
  businessCaseWorkbook,
  caseReportHtml,
  caseWorkbook,
} from './business-case/index.js'
export { CHROMIUM_ARGS, chromiumPath, launchChromium } from './chromium.js'
export { effectAnalysisReportHtml, effectAnalysisWorkbook } from './effect-analysis/index.js'
export type { ReportLanguage } from './format.js'
export { escapeHtml } from './format.js'
export {
  type MkbaReportContext,
  type MkbaReportInput,
  mkbaReportHtml,
  mkbaWorkbook,
  type PlannedPilot,
} from './mkba/index.js'
export type { PdfRenderer, PdfRendererOptions } from './pdf.js'
export { createPdfRenderer, htmlToPdf, PdfQueueFullError } from './pdf.js'
export type { PilotReportInput, PilotSection, RenderedSection } from './pilot/index.js'
export {
  activitiesSection,
  capacitySection,
  caseBasedSection,
  conclusionsSection,
  findingsSection,
  MIN_RATE_OBSERVATIONS,
  methodsSection,
  phasesSection,
  phaseTimelineSvg,
  pilotReportHtml,
  pilotReportWorkbook,
  registerBasedSection,
  shareText,
  startfotoSection,
} from './pilot/index.js'
export type { PlanCopyInput } from './plan/index.js'
export { planCopyHtml } from './plan/index.js'
export { Plot, renderPlot } from './plot.js'
export { inspectionReportHtml } from './privacy/inspection-report.js'
export { REPORT_CSS } from './report.css.js'
