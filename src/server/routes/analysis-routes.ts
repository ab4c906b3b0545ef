import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  createAnalysis,
  type Database,
  findAnalysis,
  findMkbaModel,
  findProject,
  finishAnalysis,
  linkedResidentHashes,
  listAnalyses,
  type StoredAnalysis,
  saveMkbaModel,
  setAnalysisProgress,
} from '../../db/index.js'
import {
  type AnalysisError,
  ConflictError,
  can,
  EFFECT_ANALYSIS_RULES,
  effectOutcomes,
  itemFromEffect,
  type MkbaModelFileInput,
  NotFoundError,
  parseMkbaModel,
  priceResolver,
  publishedResults,
  type StudyResult,
  ValidationError,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { ENGINE_VERSION } from '../engine-version.js'
import { type AuditNote, implement } from '../route.js'
import type { AppServices } from '../services.js'
import type { EffectAnalysisOutcome, EffectAnalysisTask } from '../workers/index.js'
import { conversationPrices } from './conversation-prices.js'
import { plannedPilot } from './pilot-design-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { reportResponse } from './report-response.js'

const ANALYSIS_NOT_FOUND = { nl: 'Analyse niet gevonden.', en: 'Analysis not found.' }

/** What a run that failed for a reason of the server's (not the data's) records. */
const INTERNAL_FAILURE: AnalysisError = {
  nl: 'De analyse is afgebroken door een fout in de server; probeer het opnieuw.',
  en: 'The analysis was stopped by an error in the server; please try again.',
  issues: [],
}

/** What a run records that a restart of the server cut off (its data was in memory only). */
export const INTERRUPTED_ANALYSIS: AnalysisError = {
  nl: 'De analyse is afgebroken doordat de server opnieuw is gestart; de gegevens worden niet bewaard, dus upload het bestand opnieuw.',
  en: 'The analysis was cut off by a restart of the server; the data is not kept, so upload the file again.',
  issues: [],
}

async function projectOf(db: Kysely<Database>, actor: RoleActor, id: string, audit: AuditNote) {
  audit.objectId = id
  const project = await findProject(db, actor.municipality.id, id)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  return project
}

async function analysisOf(
  db: Kysely<Database>,
  actor: RoleActor,
  id: string,
  audit: AuditNote,
): Promise<StoredAnalysis> {
  audit.objectId = id
  const analysis = await findAnalysis(db, actor.municipality.id, id)
  if (!analysis) throw new NotFoundError(ANALYSIS_NOT_FOUND)
  return analysis
}

function finishedResults(analysis: StoredAnalysis): StudyResult {
  if (analysis.status !== 'done')
    throw new ConflictError({
      nl: 'Deze analyse is nog niet klaar (of is mislukt).',
      en: 'This analysis has not finished (or it failed).',
    })
  // Stored as the CLI's results.json: the report reads what the engine wrote.
  return analysis.results as StudyResult
}

/**
 * Runs the analysis in a worker thread once the request has answered: progress goes to the
 * database stage by stage (in order), then the results or the refusal. The content is held
 * only by this closure and the worker, so it is gone when the run ends.
 */
function startRun(
  services: AppServices,
  id: string,
  task: Omit<EffectAnalysisTask, 'progress'>,
): void {
  services.background.track(
    (async () => {
      let written: Promise<void> = Promise.resolve()
      const outcome: EffectAnalysisOutcome = await services.workers
        .effectAnalysis(task, (progress) => {
          written = written.then(() => setAnalysisProgress(services.db, id, progress))
        })
        .catch(() => ({
          status: 'failed' as const,
          file: { sha256: null, bytes: null, rows: null, restricted: null },
          error: INTERNAL_FAILURE,
        }))
      await written.catch(() => {})
      await finishAnalysis(services.db, id, outcome, services.now())
    })(),
  )
}

export const createAnalysisRoute = implement(contract.analyses.create, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    const created = await createAnalysis(db, {
      projectId: project.id,
      name: body.name,
      spec: body.spec,
      format: body.data.format,
      bsnColumn: body.data.bsnColumn ?? null,
      groupFrom: body.data.groupFrom,
      uploadedAt: services.now(),
      uploadedBy: actor.userId,
      engineVersion: ENGINE_VERSION,
    })
    const answer = {
      status: 202,
      body: { analysis: { ...created, status: 'queued' as const } },
    }
    const { bsnColumn, groupFrom } = body.data
    const linked =
      bsnColumn &&
      (await linkedResidentHashes(db, {
        municipalityId: actor.municipality.id,
        projectId: project.id,
        at: services.now(),
      }))
    const task = {
      spec: body.spec,
      format: body.data.format,
      content: body.data.content,
      ...(bsnColumn && linked
        ? {
            bsn: {
              column: bsnColumn,
              pseudonymKey: services.pseudonymKey,
              municipalityId: actor.municipality.id,
              restricted: linked.restricted,
              ...(groupFrom === 'enrolments' ? { enrolled: linked.enrolled } : {}),
            },
          }
        : {}),
    }
    // Started after the route's transaction has committed, so the run finds its row.
    return {
      ...answer,
      finish: async () => {
        startRun(services, created.id, task)
        return answer
      },
    }
  },
})

export const previewAnalysisDataRoute = implement(contract.analyses.preview, {
  // The worker may read a large workbook: no transaction holds the connection meanwhile.
  transactional: false,
  handler: async ({ actor, db, params, body, services, audit }) => {
    await projectOf(db, actor, params.id, audit)
    const preview = await services.workers.tablePreview(body)
    if ('issues' in preview) throw new ValidationError(preview.issues)
    return { status: 200, body: preview }
  },
})

export const listAnalysesRoute = implement(contract.analyses.list, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await projectOf(db, actor, params.id, audit)
    return {
      status: 200,
      body: { analyses: await listAnalyses(db, actor.municipality.id, project.id) },
    }
  },
})

/**
 * An analysis as its reader may see it: a researcher gets the exact results.json (to rerun and
 * check), anyone else the published form (`suppressed: true`, counts below 10 hidden), with the
 * file's row count as published there.
 */
function readableAnalysis(actor: RoleActor, analysis: StoredAnalysis): StoredAnalysis {
  if (analysis.results === null || can(actor.role, 'analyses.readExact')) return analysis
  const results = publishedResults(analysis.results as StudyResult, analysis.leftOut)
  return {
    ...analysis,
    results,
    data: { ...analysis.data, rows: results.n.rows.count },
    leftOut: { restricted: results.restricted?.count ?? null },
  }
}

export const getAnalysisRoute = implement(contract.analyses.get, {
  handler: async ({ actor, db, params, audit }) => {
    const analysis = readableAnalysis(actor, await analysisOf(db, actor, params.id, audit))
    return {
      status: 200,
      body: { analysis: { ...analysis, error: analysis.error as AnalysisError | null } },
    }
  },
})

export const analysisReportRoute = implement(contract.analyses.report, {
  handler: async (context) => {
    const { actor, db, params, query, audit, services } = context
    const analysis = await analysisOf(db, actor, params.id, audit)
    const results = finishedResults(analysis)
    const pilotDesign = await plannedPilot(db, analysis.projectId)
    // Built in a worker thread (its charts take a while for a long follow-up), as the CLI does.
    return reportResponse(context, query.format, `effect-analysis-${analysis.version}`, {
      html: () => services.workers.effectReport({ results, pilotDesign, format: 'html' }),
      workbook: () => services.workers.effectReport({ results, format: 'xlsx' }),
    })
  },
})

export const useEffectInMkbaRoute = implement(contract.analyses.useInMkba, {
  handler: async ({ actor, db, params, body, audit }) => {
    const analysis = await analysisOf(db, actor, params.id, audit)
    const results = finishedResults(analysis)
    // Only an effect people may see goes into the model (not one resting on fewer than 10).
    const published = publishedResults(results).outcomes
    if (published.some((o) => o.name === body.outcome && !o.shown))
      throw fieldError('body.outcome', {
        nl: `berust op minder dan ${EFFECT_ANALYSIS_RULES.threshold} personen of gebeurtenissen in een groep en wordt daarom niet getoond; het kan niet in de MKBA`,
        en: `rests on fewer than ${EFFECT_ANALYSIS_RULES.threshold} people or events in a group, so it is not shown and cannot go into the MKBA`,
      })
    const outcomes = effectOutcomes(results)
    const outcome = outcomes.find((o) => o.name === body.outcome)
    if (!outcome) throw fieldError('body.outcome', unknownOutcome(outcomes.map((o) => o.name)))
    const stored = await findMkbaModel(db, analysis.projectId)
    if (!stored)
      throw new ConflictError({
        nl: 'Dit project heeft nog geen opgeslagen MKBA-model; sla er eerst een op.',
        en: 'This project has no saved MKBA model yet; save one first.',
      })
    const model = stored.model as MkbaModelFileInput
    const stakeholder = body.stakeholder ?? model.stakeholders[0]
    if (stakeholder === undefined || !model.stakeholders.includes(stakeholder))
      throw fieldError('body.stakeholder', {
        nl: `is geen belanghebbende van het model (${model.stakeholders.join(', ')})`,
        en: `is not a stakeholder of the model (${model.stakeholders.join(', ')})`,
      })
    const source = `${analysis.name}, versie ${analysis.version}`
    const item = itemFromEffect(outcome, body.multiplier, model, freeId(model, 'effect'), source)
    const next = {
      ...model,
      items: [...model.items, { ...item, kind: body.kind, stakeholder, unitValue: body.unitValue }],
    }
    // The same checks as a save from the builder (stakeholders, prices, cross-field rules).
    const { priceList } = await conversationPrices(db, actor.municipality.id)
    parseMkbaModel(next, { price: priceResolver(priceList) })
    const saved = await saveMkbaModel(db, {
      projectId: analysis.projectId,
      model: next,
      userId: actor.userId,
    })
    return { status: 200, body: { ...saved, model: saved.model as never } }
  },
})

/** `prefix-1`, `prefix-2`, …: the first id the model's items do not use yet. */
function freeId(model: MkbaModelFileInput, prefix: string): string {
  const used = new Set(model.items.map((item) => item.id))
  let n = 1
  while (used.has(`${prefix}-${n}`)) n++
  return `${prefix}-${n}`
}

function unknownOutcome(names: readonly string[]) {
  return {
    nl: `is geen uitkomst van deze analyse (wel: ${names.join(', ')})`,
    en: `is not an outcome of this analysis (it has: ${names.join(', ')})`,
  }
}

function fieldError(field: string, message: { nl: string; en: string }) {
  return new ValidationError([{ field, message }])
}

export const ANALYSIS_ROUTES = [
  createAnalysisRoute,
  previewAnalysisDataRoute,
  listAnalysesRoute,
  getAnalysisRoute,
  analysisReportRoute,
  useEffectInMkbaRoute,
]
