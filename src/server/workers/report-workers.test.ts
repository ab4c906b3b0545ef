import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { parseMkbaModel } from '../../domain/index.js'
import { readFirstSheet } from '../../files/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { mkbaReportHtml, mkbaWorkbook } from '../../report/index.js'
import { createReportWorkers } from './report-workers.js'

describe('the report worker threads', () => {
  const workers = createReportWorkers({ maxThreads: 1 })
  afterAll(() => workers.close())
  const model = parseMkbaModel(DEMO_MKBA_MODEL)
  const task = { model, draws: 20_000, seed: 11 }

  it('give the same Monte Carlo for the same seed as the request thread', async () => {
    const inWorker = await workers.mkbaAnalysis(task)
    expect(inWorker.monteCarlo?.draws).toBe(20_000)
    expect(inWorker).toEqual(analyseMkba(model, task))
    // Another seed is another Monte Carlo (so the equality above is not of constants).
    const other = await workers.mkbaAnalysis({ ...task, seed: 12 })
    expect(other.monteCarlo?.npvP50).not.toBe(inWorker.monteCarlo?.npvP50)
  })

  it('build the same report page and workbook as the request thread', async () => {
    const context = { status: 'draft', madeAt: '2026-12-02T10:00:00Z' } as const
    const onThread = { analysis: analyseMkba(model, task), model, context }
    // Plot numbers its markers per thread, so those ids are left out of the comparison.
    const markers = (html: string) => html.replace(/plot-marker-\d+/g, 'm')
    const page = await workers.mkbaReport({ ...task, context, language: 'en', format: 'html' })
    expect(markers(page)).toBe(markers(mkbaReportHtml(onThread, 'en')))
    const workbook = await workers.mkbaReport({ ...task, context, language: 'en', format: 'xlsx' })
    expect(await readFirstSheet(workbook)).toEqual(
      await readFirstSheet(await mkbaWorkbook(onThread, 'en')),
    )
  })
})

describe('a closed worker pool', () => {
  it('takes no more tasks', async () => {
    const workers = createReportWorkers({ maxThreads: 1 })
    const model = parseMkbaModel(DEMO_MKBA_MODEL)
    expect((await workers.mkbaAnalysis({ model, draws: 10, seed: 1 })).monteCarlo?.draws).toBe(10)
    await workers.close()
    await expect(workers.mkbaAnalysis({ model, draws: 10, seed: 1 })).rejects.toThrow(/closed/)
  })
})
