import { resolve } from 'node:path'
import type { Command } from 'commander'
import { runStudy, type StudyStage, studyColumns, studySpecSchema } from '../../domain/index.js'
import { effectAnalysisReportHtml, effectAnalysisWorkbook } from '../../report/index.js'
import { readJson, validated } from '../input.js'
import { readTable } from '../io/read-table.js'
import { toJson, writeOutputs } from '../output.js'
import { createProgress } from '../progress.js'

const STAGES: readonly StudyStage[] = ['validate', 'propensity', 'matching', 'balance', 'outcomes']

export function registerAnalyseCommand(program: Command): void {
  program
    .command('analyse')
    .description(
      'Effect analysis of a pilot against a comparison group: results.json, report.html, tables.xlsx',
    )
    .requiredOption('--data <file>', 'CSV or XLSX, one row per person')
    .requiredOption('--spec <file>', 'study specification (JSON, see docs/effect-analysis.md)')
    .requiredOption('--out <dir>', 'output directory')
    .option('--quiet', 'no progress bar')
    .action(async (options: { data: string; spec: string; out: string; quiet?: boolean }) => {
      const specInput = await readJson(resolve(options.spec))
      const spec = validated({ en: 'study specification', nl: 'onderzoeksopzet' }, () => {
        const parsed = studySpecSchema.safeParse(specInput)
        if (!parsed.success)
          return runStudy(specInput, { rowCount: 0, columns: new Map() }) && undefined
        return parsed.data
      })
      if (!spec) return
      const reading = createProgress('read ', 1, options.quiet === true)
      const table = await validated({ en: 'data file', nl: 'gegevensbestand' }, () =>
        readTable(resolve(options.data), studyColumns(spec), (rows) => reading.update(rows)),
      )
      reading.stop()
      const progress = createProgress('analyse', STAGES.length, options.quiet === true)
      const started = performance.now()
      const result = validated({ en: 'data', nl: 'gegevens' }, () =>
        runStudy(specInput, table, {
          onStage: (stage) => progress.update(STAGES.indexOf(stage) + 1),
        }),
      )
      progress.stop()
      const written = await writeOutputs(options.out, {
        'results.json': toJson(result),
        'report.html': effectAnalysisReportHtml(result),
        'tables.xlsx': await effectAnalysisWorkbook(result),
      })
      for (const o of result.outcomes) console.error(o.reading.en)
      for (const w of result.warnings) console.error(`warning: ${w}`)
      console.error(
        `analysed ${result.n.analysed} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; written: ${written.join(', ')}`,
      )
    })
}
