import { availableParallelism } from 'node:os'
import { MessageChannel } from 'node:worker_threads'
import { Piscina } from 'piscina'
import type { MkbaAnalysis } from '../../mkba/index.js'
import type {
  EffectAnalysisOutcome,
  EffectAnalysisTask,
  EffectReportTask,
  TablePreview,
  TablePreviewTask,
} from './analysis-task.js'
import type { MkbaAnalysisTask, MkbaReportTask } from './report-worker.js'

/** The server's worker threads for heavy work: created once per app, closed with it. */
export interface ReportWorkers {
  /** The MKBA analysis with its Monte Carlo, computed in a worker thread. */
  mkbaAnalysis(task: MkbaAnalysisTask): Promise<MkbaAnalysis>
  /** The MKBA report page (html) or workbook (xlsx), built in a worker thread. */
  mkbaReport(task: MkbaReportTask & { format: 'html' }): Promise<string>
  mkbaReport(task: MkbaReportTask & { format: 'xlsx' }): Promise<Uint8Array>
  /** An effect analysis of an uploaded file; `onProgress` hears 0..1 as it goes. */
  effectAnalysis(
    task: Omit<EffectAnalysisTask, 'progress'>,
    onProgress: (progress: number) => void,
  ): Promise<EffectAnalysisOutcome>
  /** The report of a finished effect analysis: its page (html) or workbook (xlsx). */
  effectReport(task: EffectReportTask & { format: 'html' }): Promise<string>
  effectReport(task: EffectReportTask & { format: 'xlsx' }): Promise<Uint8Array>
  /** The header and first rows of an upload (for the column-mapping step). */
  tablePreview(task: TablePreviewTask): Promise<TablePreview>
  close(): Promise<void>
}

export interface ReportWorkersOptions {
  /**
   * Worker threads at most. Default: one core fewer than the machine has (at least one), so
   * the request thread keeps a core to itself while reports are computed.
   */
  readonly maxThreads?: number
}

/**
 * The worker pool (piscina). Threads start on the first task, not with the app (most requests
 * need none), and stay for a while so the next report does not pay the start-up again.
 */
export function createReportWorkers(options: ReportWorkersOptions = {}): ReportWorkers {
  const maxThreads = options.maxThreads ?? Math.max(1, availableParallelism() - 1)
  const pool = new Piscina({ ...workerEntry(), minThreads: 0, maxThreads, idleTimeout: 300_000 })
  // piscina's pool starts threads again after destroy(); a closed app's must not.
  let closed = false
  const run = <T>(task: object, name: string): Promise<T> =>
    closed ? Promise.reject(new Error('worker pool closed')) : pool.run(task, { name })
  return {
    mkbaAnalysis: (task) => run(task, 'mkbaAnalysis'),
    mkbaReport: ((task: MkbaReportTask) => run(task, 'mkbaReport')) as ReportWorkers['mkbaReport'],
    effectAnalysis: (task, onProgress) => {
      const { port1, port2 } = new MessageChannel()
      port1.on('message', onProgress)
      const done = closed
        ? Promise.reject(new Error('worker pool closed'))
        : pool.run({ ...task, progress: port2 }, { name: 'effectAnalysis', transferList: [port2] })
      return done.finally(() => port1.close())
    },
    effectReport: ((task: EffectReportTask) =>
      run(task, 'effectReport')) as ReportWorkers['effectReport'],
    tablePreview: (task) => run(task, 'tablePreview'),
    close: async () => {
      closed = true
      await pool.destroy()
    },
  }
}

/**
 * The worker module beside this one: `report-worker.js` when running the build (dist), and
 * `report-worker.ts` under tsx or Vitest, where the worker thread needs tsx's loader too (a
 * worker does not inherit Vitest's transform, and Node's own type stripping does not map the
 * sources' `.js` imports to `.ts` files).
 */
function workerEntry(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts')
  const filename = new URL(`./report-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href
  return fromSource
    ? { filename, execArgv: [...process.execArgv, '--import', 'tsx'] }
    : { filename }
}
