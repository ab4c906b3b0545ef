import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import { DEFAULTS, findEffect, parseMkbaModel, priceResolver } from '../../domain/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { mkbaReportHtml, mkbaWorkbook, type ReportLanguage } from '../../report/index.js'
import { readJson, readPriceList, validated } from '../input.js'
import { parseIntegerOption, writeReportOutputs } from '../output.js'
import { createProgress } from '../progress.js'

interface MkbaOptions {
  model: string
  out: string
  draws: number
  seed: number
  lang: ReportLanguage
  quiet?: boolean
  pdf: boolean
  priceList?: string
}

export function registerMkbaCommand(program: Command): void {
  program
    .command('mkba')
    .description(
      'Social cost-benefit analysis (MKBA) of a model file: results.json, report.html/.pdf, mkba.xlsx',
    )
    .requiredOption('--model <file>', 'MKBA model (JSON, see README "MKBA model format")')
    .requiredOption('--out <dir>', 'output directory')
    .option('--draws <n>', 'Monte Carlo draws (0 = none)', parseIntegerOption('--draws', 0), 0)
    .option(
      '--seed <s>',
      'random seed for Monte Carlo',
      parseIntegerOption('--seed', 0),
      DEFAULTS.monteCarloSeed,
    )
    .option('--lang <nl|en>', 'report language', parseLanguage, 'nl')
    .option(
      '--price-list <file>',
      'price list (JSON) for unitValueFrom; default: the shipped starter list',
    )
    .option('--no-pdf', 'skip the PDF (it needs Chromium)')
    .option('--quiet', 'no progress bar')
    .action(async (options: MkbaOptions) => runMkba(options))
}

async function runMkba(options: MkbaOptions): Promise<void> {
  const modelPath = resolve(options.model)
  const json = await readJson(modelPath)
  const effects = new Map<string, unknown>()
  for (const path of effectFiles(json)) {
    effects.set(path, await readJson(resolve(dirname(modelPath), path)).catch(() => undefined))
  }
  const prices = await readPriceList(options.priceList)
  const model = validated({ en: 'model', nl: 'model' }, () =>
    parseMkbaModel(json, {
      effect: (reference) => findEffect(effects.get(reference.results), reference),
      price: priceResolver(prices),
    }),
  )
  const progress = createProgress(
    'Monte Carlo',
    options.draws,
    options.quiet === true || options.draws === 0,
  )
  const result = analyseMkba(model, {
    draws: options.draws,
    seed: options.seed,
    onProgress: (done) => progress.update(done),
  })
  progress.stop()
  const language = options.lang
  // The CLI reports a model file, not a saved version of a municipality's: always a draft.
  const report = {
    analysis: result,
    model,
    context: { status: 'draft', madeAt: new Date().toISOString() } as const,
  }
  const html = mkbaReportHtml(report, language)
  const written = await writeReportOutputs(options.out, {
    results: { software: 'effectwijzer', draws: options.draws, seed: options.seed, ...result },
    html,
    workbookName: 'mkba.xlsx',
    workbook: await mkbaWorkbook(report, language),
    pdf: options.pdf,
  })
  const ratio = (r: number | null) => (r === null ? '—' : r.toFixed(2))
  console.error(
    `MKBA "${result.name}": NPV ${Math.round(result.npv)}, benefits per euro ${ratio(result.ratio)} (money ${ratio(result.ratioFinancial)})${
      result.monteCarlo ? `, P(ratio > 1) = ${result.monteCarlo.probRatioAbove1.toFixed(3)}` : ''
    }`,
  )
  for (const warning of result.warnings) console.error(`warning: ${warning}`)
  console.error(`written: ${written.join(', ')}`)
}

function parseLanguage(value: string): ReportLanguage {
  if (value === 'nl' || value === 'en') return value
  throw Object.assign(new Error(`--lang must be nl or en (got "${value}")`), { exitCode: 2 })
}

/** The results.json files that items refer to with quantityFromEffect. */
function effectFiles(json: unknown): string[] {
  const items = (json as { items?: unknown } | null)?.items
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const path = (item as { quantityFromEffect?: { results?: unknown } })?.quantityFromEffect
      ?.results
    return typeof path === 'string' ? [path] : []
  })
}
