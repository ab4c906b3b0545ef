import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import {
  type BusinessCaseResult,
  type ConversationFile,
  computeBusinessCase,
  conversationFileSchema,
  DEFAULTS,
  DISCOUNT_RATE_RANGE,
  discountRateSchema,
  toValidationError,
} from '../../domain/index.js'
import {
  businessCaseReportHtml,
  businessCaseWorkbook,
  caseReportHtml,
  type ReportLanguage,
} from '../../report/index.js'
import { readJson, validated } from '../input.js'
import { parseIntegerOption, parseNumberOption, writeReportOutputs } from '../output.js'

interface BusinessCaseOptions {
  cases: string
  out: string
  seed: number
  discountRate?: number
  lang: string
  pdf: boolean
}

export function registerBusinessCaseCommand(program: Command): void {
  program
    .command('business-case')
    .description(
      'Business case per case and per project from a table-conversations file: results.json, report.html/.pdf, business-case.xlsx',
    )
    .requiredOption(
      '--cases <file>',
      'table-conversations file (JSON, see README "Table conversations file")',
    )
    .requiredOption('--out <dir>', 'output directory')
    .option(
      '--seed <s>',
      'seed of the bootstrap interval',
      parseIntegerOption('--seed', 0),
      DEFAULTS.bootstrapSeed,
    )
    .option(
      '--discount-rate <r>',
      'discount each year to the case’s first year at this real rate, e.g. 0.0225 (from -0.01 to 0.1)',
      parseNumberOption('--discount-rate', discountRateSchema, DISCOUNT_RATE_RANGE),
    )
    .option('--lang <nl|en>', 'report language', 'nl')
    .option('--no-pdf', 'skip the PDF (it needs Chromium)')
    .action(async (options: BusinessCaseOptions) => run(options))
}

async function run(options: BusinessCaseOptions): Promise<void> {
  const input = await readJson(resolve(options.cases))
  const file = validated({ en: 'table-conversations file', nl: 'tafelgesprekkenbestand' }, () => {
    const parsed = conversationFileSchema.safeParse(input)
    if (!parsed.success) throw toValidationError(parsed.error, input)
    return parsed.data
  })
  const { discountRate } = options
  const result = computeBusinessCase(file, {
    seed: options.seed,
    ...(discountRate !== undefined ? { discountRate } : {}),
  })
  const language: ReportLanguage = options.lang === 'en' ? 'en' : 'nl'
  const html = businessCaseReportHtml(result, language, file.project?.name ?? '')
  const written: string[] = await writeReportOutputs(options.out, {
    results: { software: 'effectwijzer', ...result },
    html,
    workbookName: 'business-case.xlsx',
    workbook: await businessCaseWorkbook(result),
    pdf: options.pdf,
  })
  written.push(...(await writeCaseReports(options.out, file, result, language)))
  const p = result.project
  console.error(
    `${p.n} cases: mean difference ${p.meanDifference} (95% bootstrap ${p.ciLow} to ${p.ciHigh}), median ${p.medianDifference}`,
  )
  for (const warning of p.warnings) console.error(`warning: ${warning}`)
  console.error(`written: ${written.join(', ')}`)
}

/** One printable case report per conversation: DIR/cases/<case>-<measurement>.html. */
async function writeCaseReports(
  out: string,
  file: ConversationFile,
  result: BusinessCaseResult,
  language: ReportLanguage,
): Promise<string[]> {
  const dir = join(out, 'cases')
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const [k, conversation] of file.cases.entries()) {
    const path = join(
      dir,
      `${conversation.caseId}-${conversation.measurement}.html`.replace(/[^\w.-]/g, '_'),
    )
    await writeFile(
      path,
      caseReportHtml({
        conversation,
        result: result.perCase[k] as BusinessCaseResult['perCase'][number],
        priceList: file.priceList,
        baseYear: file.baseYear,
        language,
      }),
    )
    written.push(path)
  }
  return written.length > 3 ? [`${dir}/ (${written.length} case reports)`] : written
}
