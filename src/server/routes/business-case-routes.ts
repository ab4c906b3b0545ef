import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import { type Database, findProject, listProjectConversations } from '../../db/index.js'
import {
  type BusinessCaseQuery,
  type BusinessCaseResult,
  computeBusinessCase,
  NotFoundError,
} from '../../domain/index.js'
import { businessCaseReportHtml, businessCaseWorkbook } from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'
import { conversationPrices } from './conversation-prices.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { reportResponse } from './report-response.js'

/**
 * The project's business case over all its table conversations (every team's), with cases
 * relabelled `casus 1…n` in pseudonym order: managers and researchers see the spread of
 * cases, never who they are.
 */
async function projectBusinessCase(
  db: Kysely<Database>,
  actor: RoleActor,
  projectId: string,
  options: BusinessCaseQuery,
): Promise<{
  result: BusinessCaseResult | null
  signedOff: number
  computeMs: number
  projectName: string
}> {
  const project = await findProject(db, actor.municipality.id, projectId)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  const rows = await listProjectConversations(
    db,
    { municipalityId: actor.municipality.id, team: null },
    project.id,
  )
  if (rows.length === 0)
    return { result: null, signedOff: 0, computeMs: 0, projectName: project.name }
  const labels = new Map<string, string>()
  for (const row of rows)
    if (!labels.has(row.pseudonym)) labels.set(row.pseudonym, `casus ${labels.size + 1}`)
  const prices = await conversationPrices(db, actor.municipality.id)
  const started = performance.now()
  const result = computeBusinessCase(
    {
      format: 'effectwijzer-table-conversations',
      version: 1,
      project: { name: project.name },
      baseYear: options.baseYear ?? prices.baseYear,
      priceList: prices.priceList,
      cases: rows.map((row) => ({
        ...row.conversation,
        caseId: labels.get(row.pseudonym) as string,
      })),
    },
    options.discountRate === undefined ? {} : { discountRate: options.discountRate },
  )
  return {
    result,
    signedOff: rows.filter((row) => row.status === 'signed-off').length,
    computeMs: performance.now() - started,
    projectName: project.name,
  }
}

export const getBusinessCaseRoute = implement(contract.businessCase.get, {
  handler: async ({ actor, db, params, query }) => {
    const { projectName: _name, ...body } = await projectBusinessCase(db, actor, params.id, query)
    return { status: 200, body }
  },
})

export const getBusinessCaseReportRoute = implement(contract.businessCase.report, {
  handler: async (context) => {
    const { actor, db, params, query } = context
    const { lang, format, ...options } = query
    const { result, projectName } = await projectBusinessCase(db, actor, params.id, options)
    if (!result) {
      throw new NotFoundError({
        nl: 'Dit project heeft nog geen tafelgesprekken.',
        en: 'This project has no table conversations yet.',
      })
    }
    return reportResponse(context, format, 'business-case', {
      html: () => businessCaseReportHtml(result, lang, projectName),
      workbook: () => businessCaseWorkbook(result),
    })
  },
})

export const BUSINESS_CASE_ROUTES = [getBusinessCaseRoute, getBusinessCaseReportRoute]
