import type { Kysely } from 'kysely'
import {
  conferenceAttendance,
  type Database,
  domainYearSpends,
  findActivePriceList,
  findAnalysis,
  findBudgetPot,
  findMkbaModel,
  listAnalyses,
  organisationYearMinutes,
  type ProjectRow,
} from '../../db/index.js'
import {
  type LocalisedMessage,
  parseMkbaModel,
  priceResolver,
  recordedCosts,
  type StudyResult,
} from '../../domain/index.js'
import { DEFAULT_SEED } from '../../mkba/index.js'
import type { PilotReportInput } from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import type { ReportWorkers } from '../workers/index.js'
import { projectBusinessCase } from './business-case-routes.js'
import { conversationPrices } from './conversation-prices.js'
import { pilotPhasesOf } from './pilot-phase-routes.js'
import { projectPriceYear } from './project-scope.js'

/** The MKBA ratio's interval from as many draws as the builder's live Monte Carlo. */
const MKBA_DRAWS = 10_000

/** Conferences held per month, and per partner the conferences it attended (staff, so exact). */
async function conferencesOf(db: Kysely<Database>, projectId: string) {
  const counted = await conferenceAttendance(db, projectId)
  const attended = new Map<string, number>()
  for (const p of counted.partners)
    attended.set(p.organisationName, (attended.get(p.organisationName) ?? 0) + p.attended)
  return {
    months: counted.conferences.map((c) => ({ month: c.month, held: c.count })),
    partners: [...attended].map(([name, n]) => ({ name, attended: n })),
  }
}

/** The latest finished effect analysis: group sizes and each outcome's reading. */
async function latestEffect(
  db: Kysely<Database>,
  municipalityId: string,
  projectId: string,
): Promise<PilotReportInput['effect']> {
  const done = (await listAnalyses(db, municipalityId, projectId)).find((a) => a.status === 'done')
  const stored = done && (await findAnalysis(db, municipalityId, done.id))
  if (!stored?.results) return null
  const results = stored.results as StudyResult
  return {
    version: stored.version,
    name: stored.name,
    finishedAt: stored.finishedAt,
    pilot: results.n.pilot,
    comparison: results.n.comparison,
    outcomes: results.outcomes.map((o) => ({
      name: o.name,
      reading: ((o as { reading?: LocalisedMessage }).reading ?? null) as LocalisedMessage | null,
    })),
  }
}

/** The saved MKBA model's ratios with the 90% interval of a seeded Monte Carlo (in a worker thread). */
async function mkbaOf(
  db: Kysely<Database>,
  workers: ReportWorkers,
  municipalityId: string,
  projectId: string,
): Promise<PilotReportInput['mkba']> {
  const stored = await findMkbaModel(db, projectId)
  if (!stored) return null
  const { priceList } = await conversationPrices(db, municipalityId)
  const model = parseMkbaModel(stored.model, { price: priceResolver(priceList) })
  const analysis = await workers.mkbaAnalysis({ model, draws: MKBA_DRAWS, seed: DEFAULT_SEED })
  const mc = analysis.monteCarlo
  return {
    version: stored.version,
    pvCosts: analysis.pvCosts,
    pvBenefits: analysis.pvBenefits,
    ratio: analysis.ratio,
    ratioFinancial: analysis.ratioFinancial,
    ratioP5: mc?.ratioP5 ?? null,
    ratioP95: mc?.ratioP95 ?? null,
    probRatioAbove1: mc?.probRatioAbove1 ?? 0,
    draws: mc?.draws ?? 0,
    seed: mc?.seed ?? DEFAULT_SEED,
  }
}

/**
 * Everything the pilot report shows, gathered with the same functions as the pages it joins
 * (phases, conferences, costs, capacity, business case, effect analysis, MKBA): aggregates only.
 */
export async function pilotReportData(
  db: Kysely<Database>,
  actor: RoleActor,
  project: ProjectRow,
  services: { readonly now: () => Date; readonly workers: ReportWorkers },
): Promise<PilotReportInput> {
  const now = services.now()
  const municipalityId = actor.municipality.id
  const { list } = await findActivePriceList(db, municipalityId)
  const businessCase = await projectBusinessCase(db, now, actor, project.id, {}, 'signed-off')
  return {
    madeAt: now.toISOString(),
    municipality: actor.municipality.name,
    project: {
      name: project.name,
      periodStart: project.periodStart,
      periodEnd: project.periodEnd,
      targetGroup: project.targetGroup,
      participantCount: project.participantCount,
    },
    phases: await pilotPhasesOf(db, project),
    conferences: await conferencesOf(db, project.id),
    costs: recordedCosts(
      await organisationYearMinutes(db, project.id),
      await domainYearSpends(db, project.id),
      list.items,
      await projectPriceYear(db, project.id),
    ),
    budgetPotCents: (await findBudgetPot(db, project.id))?.amountCents ?? null,
    businessCase: {
      result: businessCase.result?.project ?? null,
      coverage: businessCase.coverage,
    },
    effect: await latestEffect(db, municipalityId, project.id),
    mkba: await mkbaOf(db, services.workers, municipalityId, project.id),
  }
}
