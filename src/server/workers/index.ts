// Heavy work off the request thread: the worker pool and the tasks it runs.
export type {
  EffectAnalysisOutcome,
  EffectAnalysisTask,
  EffectReportTask,
  TablePreview,
  TablePreviewTask,
} from './analysis-task.js'
export type { MkbaAnalysisTask, MkbaReportTask } from './report-worker.js'
export type { ReportWorkers, ReportWorkersOptions } from './report-workers.js'
export { createReportWorkers } from './report-workers.js'
