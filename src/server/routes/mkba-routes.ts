import { contract } from '../../contract/index.js'
import { findMkbaModel, findProject, saveMkbaModel } from '../../db/index.js'
import {
  can,
  DEFAULTS,
  ForbiddenError,
  NotFoundError,
  parseMkbaModel,
  priceResolver,
  ValidationError,
} from '../../domain/index.js'
import { compileModel, type MkbaModel, uncertainInputs } from '../../mkba/index.js'
import type { MkbaReportContext } from '../../report/index.js'
import { implement } from '../route.js'
import { conversationPrices } from './conversation-prices.js'
import { plannedPilot } from './pilot-design-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { reportResponse } from './report-response.js'

export const getMkbaModelRoute = implement(contract.mkba.get, {
  handler: async ({ actor, db, params }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const stored = await findMkbaModel(db, project.id)
    return {
      status: 200,
      body: {
        model: (stored?.model ?? null) as never,
        updatedAt: stored?.updatedAt ?? null,
        version: stored?.version ?? 0,
      },
    }
  },
})

export const saveMkbaModelRoute = implement(contract.mkba.save, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    audit.objectId = project.id
    // The cross-field rules (stakeholders, transfers, years or quantity) on top of the schema,
    // and every `unitValueFrom` priced from the municipality's active list, as the builder and
    // the report price it.
    const { priceList } = await conversationPrices(db, actor.municipality.id)
    parseMkbaModel(body, { price: priceResolver(priceList) })
    const stored = await saveMkbaModel(db, {
      projectId: project.id,
      model: body,
      userId: actor.userId,
    })
    return { status: 200, body: { ...stored, model: stored.model as never } }
  },
})

export const getMkbaReportRoute = implement(contract.mkba.report, {
  handler: async (context) => {
    const { actor, db, params, query, services } = context
    const project = await findProject(db, actor.municipality.id, params.id)
    if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
    const stored = await findMkbaModel(db, project.id)
    if (!stored) {
      throw new NotFoundError({
        nl: 'Dit project heeft nog geen opgeslagen MKBA-model.',
        en: 'This project has no saved MKBA model yet.',
      })
    }
    // Unit values taken from the price list are indexed as the builder showed them: with the
    // municipality's active version.
    const { priceList } = await conversationPrices(db, actor.municipality.id)
    const model = parseMkbaModel(stored.model, { price: priceResolver(priceList) })
    refuseTooMuchWork(model, query.draws)
    // The Monte Carlo and the page or workbook built from it run in a worker thread: the
    // request thread goes on answering other requests meanwhile.
    if (query.status === 'final' && !can(actor.role, 'mkba.save'))
      throw new ForbiddenError({
        nl: 'Alleen wie het model mag opslaan, maakt een definitief rapport; vraag een concept.',
        en: 'Only who may save the model makes a final report; ask for a draft.',
      })
    const reportContext: MkbaReportContext = {
      status: query.status,
      madeAt: new Date().toISOString(),
      organisation: actor.municipality.name,
      author: actor.name,
      version: { number: stored.version, savedAt: stored.updatedAt },
    }
    const task = {
      model,
      draws: query.draws,
      seed: query.seed,
      language: query.lang,
      context: reportContext,
      pilotDesign: await plannedPilot(db, project.id),
    }
    return reportResponse(context, query.format, 'mkba', {
      html: () => services.workers.mkbaReport({ ...task, format: 'html' }),
      workbook: () => services.workers.mkbaReport({ ...task, format: 'xlsx' }),
    })
  },
})

/** A report's Monte Carlo within the server's work budget (draws × uncertain inputs), or a 400. */
function refuseTooMuchWork(model: MkbaModel, draws: number): void {
  const inputs = uncertainInputs(compileModel(model)).length
  if (draws * Math.max(inputs, 1) <= DEFAULTS.maxServerDrawWork) return
  const fits = Math.floor(DEFAULTS.maxServerDrawWork / inputs)
  throw new ValidationError([
    {
      field: 'query.draws',
      message: {
        nl: `te veel werk voor de server: ${inputs} onzekere invoeren × ${draws} trekkingen; vraag hoogstens ${fits} trekkingen, of reken met de opdrachtregel (effectwijzer mkba)`,
        en: `too much work for the server: ${inputs} uncertain inputs × ${draws} draws; ask at most ${fits} draws, or compute with the command line (effectwijzer mkba)`,
      },
    },
  ])
}

export const MKBA_ROUTES = [getMkbaModelRoute, saveMkbaModelRoute, getMkbaReportRoute]
