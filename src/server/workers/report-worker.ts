// The module piscina runs in its worker threads: the heavy work of a request (a Monte Carlo,
// a report page with its charts, a workbook) without the request thread. Every task takes and
// returns plain data (structured clone), so the same seed gives the same numbers as on the
// request thread: the code is the same, only the thread differs.
import {
  type AnalyseOptions,
  analyseMkba,
  type MkbaAnalysis,
  type MkbaModel,
} from '../../mkba/index.js'
import {
  type MkbaReportContext,
  mkbaReportHtml,
  mkbaWorkbook,
  type PlannedPilot,
  type ReportLanguage,
} from '../../report/index.js'

export { effectAnalysis, effectReport, tablePreview } from './analysis-task.js'

export interface MkbaAnalysisTask {
  readonly model: MkbaModel
  readonly draws: number
  readonly seed: number
}

export interface MkbaReportTask extends MkbaAnalysisTask {
  /** The page (html, also the source of a PDF) or the workbook (xlsx). */
  readonly format: 'html' | 'xlsx'
  readonly language: ReportLanguage
  readonly context: MkbaReportContext
  /** The project's saved pilot design, for the appendix. */
  readonly pilotDesign?: PlannedPilot | undefined
}

/** The analysis alone (what the report prints), for callers that present it themselves. */
export function mkbaAnalysis(task: MkbaAnalysisTask): MkbaAnalysis {
  return analyseMkba(task.model, options(task))
}

/** The whole MKBA report in one task, so only the finished page or workbook crosses threads. */
export async function mkbaReport(task: MkbaReportTask): Promise<string | Uint8Array> {
  const report = { analysis: analyseMkba(task.model, options(task)), ...task }
  return task.format === 'xlsx'
    ? await mkbaWorkbook(report, task.language)
    : mkbaReportHtml(report, task.language)
}

function options(task: MkbaAnalysisTask): AnalyseOptions {
  return { draws: task.draws, seed: task.seed }
}
