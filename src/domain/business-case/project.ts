import { bootstrapMeanInterval, createRandom, median } from '../../stats/index.js'
import type { ConversationFile, TableConversation } from '../conversation/conversation.js'
import { DEFAULTS } from '../defaults.js'
import { STAKEHOLDERS } from '../stakeholder/stakeholder.js'
import { caseDifference, computeCase, createPriceLookup, roundCents } from './case-costs.js'
import { concentrationWarnings } from './concentration.js'
import type { BusinessCaseResult, CaseOptions, CaseResult, ProjectResult } from './result-schema.js'

/** Below this many cases a project result is flagged: Utrecht 2013 used 10 cases, and Dutch
 * evidence databases weigh 10 well-executed case studies like one RCT (research/effectencalculator.md §1.5). */
export const MIN_CASES = 10
export const BOOTSTRAP_RESAMPLES = 2_000

/**
 * The business case of a study: every conversation, then the project over the latest
 * measurement of each case — mean and median difference with a 95% percentile bootstrap
 * interval (B = 2,000 resamples of cases, seeded), per-stakeholder totals, T0 versus T1.
 *
 * Ref: Efron, B., and R. J. Tibshirani. 1993. An Introduction to the Bootstrap, ch. 13
 * (percentile interval). Chapman & Hall. doi:10.1201/9780429246593.
 */
export function computeBusinessCase(
  file: ConversationFile,
  options: CaseOptions & { seed?: number } = {},
): BusinessCaseResult {
  const seed = options.seed ?? DEFAULTS.bootstrapSeed
  const perCase = computeAll(file, file.cases, options)
  const names = new Map(file.priceList.items.map((item) => [item.code, item.name]))
  const project = summarise(perCase, seed, (code) => names.get(code))
  // The variants need only each case's difference: the fast path, not the full tables.
  const latest = latestPerCase(file.cases)
  const meanOf = (extra: CaseOptions) => {
    const variant = { ...options, ...extra }
    const prices = createPriceLookup(file, variant.priceLevel)
    const sum = latest.reduce((s, c) => s + caseDifference(c, prices, variant), 0)
    return roundCents(latest.length === 0 ? 0 : sum / latest.length)
  }
  return {
    baseYear: file.baseYear,
    priceList: { id: file.priceList.id, version: file.priceList.version },
    seed,
    bootstrapResamples: BOOTSTRAP_RESAMPLES,
    options: {
      ...(options.discountRate !== undefined ? { discountRate: options.discountRate } : {}),
    },
    perCase,
    project,
    sensitivity: {
      pricesLow: meanOf({ priceLevel: 'low' }),
      pricesHigh: meanOf({ priceLevel: 'high' }),
      withoutLowConfidenceReference: meanOf({ excludeLowConfidence: true }),
      ...rangeCoverage(file, latest),
    },
  }
}

function rangeCoverage(file: ConversationFile, cases: readonly TableConversation[]) {
  // Plain loops: a project has up to some 10⁵ cards, and flatMap's arrays per card cost more
  // than the whole bootstrap.
  const used = new Set<string>()
  for (const c of cases)
    for (const scenario of [c.scenarios.interventie, c.scenarios.referentie])
      for (const card of scenario.cards) if (card.type === 'activity') used.add(card.item)
  let itemsUsed = 0
  let itemsWithRange = 0
  for (const item of file.priceList.items) {
    if (!used.has(item.code)) continue
    itemsUsed++
    if (item.lowCents !== undefined || item.highCents !== undefined) itemsWithRange++
  }
  return { itemsUsed, itemsWithRange }
}

function computeAll(
  file: ConversationFile,
  cases: readonly TableConversation[],
  options: CaseOptions,
): CaseResult[] {
  const prices = createPriceLookup(file, options.priceLevel)
  return cases.map((c) => computeCase(c, prices, options))
}

/** The latest measurement per case (T1 over T0). */
function latestPerCase<T extends { caseId: string; measurement: string }>(
  results: readonly T[],
): T[] {
  const latest = new Map<string, T>()
  const moment = (m: string) => Number(m.slice(1))
  for (const r of results) {
    const seen = latest.get(r.caseId)
    if (!seen || moment(r.measurement) > moment(seen.measurement)) latest.set(r.caseId, r)
  }
  return [...latest.values()]
}

function summarise(
  all: readonly CaseResult[],
  seed: number,
  itemName: (code: string) => { nl: string; en: string } | undefined,
  resamples = BOOTSTRAP_RESAMPLES,
): ProjectResult {
  const cases = latestPerCase(all)
  const d = Float64Array.from(cases.map((c) => c.difference))
  const n = d.length
  const mean = n === 0 ? 0 : d.reduce((s, x) => s + x, 0) / n
  const [ciLow, ciHigh] =
    resamples > 0 && n > 1
      ? bootstrapMeanInterval(d, { resamples, random: createRandom(seed) })
      : [mean, mean]
  const warningDetails: Array<{ nl: string; en: string }> = []
  if (n < MIN_CASES) {
    warningDetails.push({
      nl: `Maar ${n} casus(sen): te weinig om iets over het project als geheel te zeggen (aanbevolen: ten minste ${MIN_CASES}).`,
      en: `Only ${n} case(s): too few to say anything about the project as a whole (at least ${MIN_CASES} are advised).`,
    })
  }
  for (const c of all)
    for (const [k, w] of c.warningDetails.entries())
      warningDetails.push({
        nl: `${c.caseId} ${w.scenario} kaart ${w.card}: ${w.message.nl}; niet meegeteld`,
        en: c.warnings[k] ?? w.message.en,
      })
  warningDetails.push(...concentrationWarnings(cases, itemName))
  const perStakeholder = STAKEHOLDERS.map((stakeholder) => {
    let interventie = 0
    let referentie = 0
    for (const c of cases) {
      const s = c.perStakeholder.find((x) => x.stakeholder === stakeholder)
      interventie += s?.interventie ?? 0
      referentie += s?.referentie ?? 0
    }
    return {
      stakeholder,
      interventie: roundCents(interventie),
      referentie: roundCents(referentie),
      difference: roundCents(referentie - interventie),
    }
  }).filter((s) => s.interventie !== 0 || s.referentie !== 0)
  const measurements = [...new Set(all.map((c) => c.measurement))].sort()
  return {
    n,
    meanDifference: roundCents(mean),
    medianDifference: roundCents(median(d)),
    ciLow: roundCents(ciLow),
    ciHigh: roundCents(ciHigh),
    perStakeholder,
    byMeasurement: measurements.map((measurement) => {
      const m = all.filter((c) => c.measurement === measurement)
      return {
        measurement,
        n: m.length,
        meanDifference: roundCents(m.reduce((s, c) => s + c.difference, 0) / m.length),
      }
    }),
    warnings: warningDetails.map((w) => w.en),
    warningDetails,
  }
}
