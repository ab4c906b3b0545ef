import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  type Database,
  findProject,
  listProjectConversations,
  restrictedAmong,
} from '../../db/index.js'
import {
  type BusinessCaseCoverage,
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
 * The project's business case over its table conversations (every team's): the signed-off ones
 * or all, with cases relabelled `casus 1…n` in pseudonym order over all of them (so a label
 * names the same case in both views): managers and researchers see the spread of cases, never
 * who they are. Residents who restricted use or objected are left out from that moment (AVG
 * art. 18, 21), and the answer says how many conversations that took out.
 */
export async function projectBusinessCase(
  db: Kysely<Database>,
  now: Date,
  actor: RoleActor,
  projectId: string,
  options: BusinessCaseQuery,
  defaultCases: 'signed-off' | 'all',
): Promise<{
  result: BusinessCaseResult | null
  coverage: BusinessCaseCoverage
  computeMs: number
  projectName: string
}> {
  const project = await findProject(db, actor.municipality.id, projectId)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  const all = await listProjectConversations(
    db,
    { municipalityId: actor.municipality.id, team: null },
    project.id,
  )
  const restricted = await restrictedAmong(
    db,
    [...new Set(all.map((row) => row.participantId))],
    now,
  )
  const rows = all.filter((row) => !restricted.has(row.participantId))
  const labels = new Map<string, string>()
  for (const row of rows)
    if (!labels.has(row.pseudonym)) labels.set(row.pseudonym, `casus ${labels.size + 1}`)
  const isSignedOff = (row: (typeof rows)[number]) => row.status === 'signed-off'
  const coverage: BusinessCaseCoverage = {
    cases: options.cases ?? defaultCases,
    total: rows.length,
    signedOff: rows.filter(isSignedOff).length,
    notSignedOff: rows
      .filter((row) => !isSignedOff(row))
      .map((row) => `${labels.get(row.pseudonym)} ${row.conversation.measurement}`),
    restricted: all.length - rows.length,
  }
  const included = coverage.cases === 'all' ? rows : rows.filter(isSignedOff)
  if (included.length === 0)
    return { result: null, coverage, computeMs: 0, projectName: project.name }
  const prices = await conversationPrices(db, actor.municipality.id)
  const started = performance.now()
  const result = computeBusinessCase(
    {
      format: 'effectwijzer-table-conversations',
      version: 1,
      project: { name: project.name },
      baseYear: options.baseYear ?? prices.baseYear,
      priceList: prices.priceList,
      cases: included.map((row) => ({
        ...row.conversation,
        caseId: labels.get(row.pseudonym) as string,
      })),
    },
    options.discountRate === undefined ? {} : { discountRate: options.discountRate },
  )
  return {
    result,
    coverage,
    computeMs: performance.now() - started,
    projectName: project.name,
  }
}

export const getBusinessCaseRoute = implement(contract.businessCase.get, {
  handler: async ({ actor, db, params, query, services }) => {
    const answer = await projectBusinessCase(db, services.now(), actor, params.id, query, 'all')
    const { result, coverage, computeMs } = answer
    return { status: 200, body: { result, ...coverage, computeMs } }
  },
})

export const getBusinessCaseReportRoute = implement(contract.businessCase.report, {
  handler: async (context) => {
    const { actor, db, params, query, services } = context
    const { lang, format, ...options } = query
    const now = services.now()
    const answer = await projectBusinessCase(db, now, actor, params.id, options, 'signed-off')
    const { result, coverage, projectName } = answer
    if (!result) {
      throw new NotFoundError(
        coverage.total === 0
          ? {
              nl: 'Dit project heeft nog geen tafelgesprekken.',
              en: 'This project has no table conversations yet.',
            }
          : {
              nl: 'Nog geen tafelgesprek van dit project is afgetekend; vraag cases=all voor het werkoverzicht.',
              en: 'No table conversation of this project has been signed off yet; ask cases=all for the working view.',
            },
      )
    }
    return reportResponse(context, format, 'business-case', {
      html: () =>
        businessCaseReportHtml(result, lang, projectName, coverage, actor.municipality.name),
      workbook: () => businessCaseWorkbook(result),
    })
  },
})

export const BUSINESS_CASE_ROUTES = [getBusinessCaseRoute, getBusinessCaseReportRoute]
