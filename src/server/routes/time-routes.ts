import { createHash } from 'node:crypto'
import { contract } from '../../contract/index.js'
import {
  domainYearSpends,
  findActivePriceList,
  findEnrolment,
  findTimeEntry,
  listOwnTimeEntries,
  listProjectEnrolments,
  listProjectTimeEntries,
  listUsers,
  organisationYearMinutes,
  type ProjectRow,
  recentTimeCases,
  teamMinuteTotals,
  upsertTimeEntry,
} from '../../db/index.js'
import {
  ConflictError,
  minuteTotals,
  periodText,
  recordedCosts,
  type TimeKind,
  timeEntriesFromRows,
  timeEntriesToRows,
  ValidationError,
  withinPeriod,
} from '../../domain/index.js'
import { toCsv } from '../../files/index.js'
import { participantScope } from '../policy.js'
import { implement } from '../route.js'
import { visibleParticipant } from './participant-routes.js'
import { ownProject, projectPriceYear } from './project-scope.js'
import { tableDownload } from './table-download.js'
import { rowsOfUpload } from './upload-rows.js'

const period = (project: ProjectRow) => ({ start: project.periodStart, end: project.periodEnd })

export const listTimeEntriesRoute = implement(contract.time.list, {
  handler: async ({ actor, db, params, query, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const range = { projectId: project.id, from: query.from, to: query.to }
    const entries = await listOwnTimeEntries(db, { ...range, userId: actor.userId })
    return {
      status: 200,
      body: {
        entries,
        own: minuteTotals(entries),
        team: await teamMinuteTotals(db, {
          ...range,
          organisationId: actor.organisation.id,
          team: actor.team,
        }),
        cases: await recentTimeCases(db, participantScope(actor), {
          projectId: project.id,
          userId: actor.userId,
        }),
      },
    }
  },
})

export const saveTimeEntryRoute = implement(contract.time.save, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const participant = await visibleParticipant(db, actor, body.participantId, audit)
    audit.objectId = project.id
    if (!(await findEnrolment(db, participant.id, project.id)))
      throw new ConflictError({
        nl: 'Deze deelnemer is niet ingeschreven in dit project.',
        en: 'This participant is not enrolled in this project.',
      })
    if (!withinPeriod(body.date, period(project)))
      throw new ValidationError([
        {
          field: 'body.date',
          message: {
            nl: `valt buiten de looptijd van het project (${periodText(period(project), 'nl')})`,
            en: `is outside the project's period (${periodText(period(project), 'en')})`,
          },
        },
      ])
    const stored = await upsertTimeEntry(db, {
      ...body,
      projectId: project.id,
      userId: actor.userId,
      organisationId: actor.organisation.id,
      team: actor.team,
      source: 'app',
    })
    if (stored.outcome === 'not-own')
      throw new ConflictError({
        nl: 'Deze registratie is van iemand anders of van een ander project; u kunt haar niet wijzigen.',
        en: "This entry is someone else's or another project's; you cannot change it.",
      })
    return {
      status: stored.outcome === 'created' ? 201 : 200,
      body: { entry: await findTimeEntry(db, body.id), changed: stored.outcome !== 'unchanged' },
    }
  },
})

/**
 * An imported row's id: a hash of the project, the row's values and how many identical rows
 * came before it, so importing the same file again stores nothing twice.
 */
function importedId(projectId: string, values: readonly unknown[], occurrence: number): string {
  const h = createHash('sha256')
    .update(JSON.stringify([projectId, ...values, occurrence]))
    .digest('hex')
  // shaped as a UUID (version nibble 5, RFC 4122 variant), as the column requires
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export const importTimeEntriesRoute = implement(contract.time.import, {
  example: (ids) => ({
    body: {
      format: 'csv',
      content: toCsv([
        ['deelnemer', 'medewerker', 'datum', 'soort', 'minuten', 'moederorganisatie'],
        [ids.participant, ids.user, '2026-03-05', 'huisbezoek', '45', 'nee'],
      ]),
    },
  }),
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const enrolled = await listProjectEnrolments(db, participantScope(actor), project.id)
    const cases = new Map(
      enrolled.flatMap((e) => [
        [e.pseudonym, e.participantId],
        [e.participantId, e.participantId],
      ]),
    )
    const users = await listUsers(db, actor.municipality.id)
    const staff = new Map(
      users.flatMap((u) => [
        [u.email, u],
        [u.id, u],
      ]),
    )
    const rows = timeEntriesFromRows(await rowsOfUpload(body), {
      period: period(project),
      known: ({ pseudonym, email }) =>
        !cases.has(pseudonym)
          ? {
              column: 'pseudonym',
              nl: `'${pseudonym}' is geen deelnemer van dit project.`,
              en: `'${pseudonym}' is not a participant of this project.`,
            }
          : !staff.get(email.toLowerCase())?.organisationId
            ? {
                column: 'email',
                nl: `'${email}' is geen medewerker met een organisatie in deze gemeente.`,
                en: `'${email}' is not a staff member with an organisation in this municipality.`,
              }
            : null,
    })
    // One transaction (the route's): a failure on any row writes none of them.
    const seen = new Map<string, number>()
    for (const row of rows) {
      const user = staff.get(row.email)
      const participantId = cases.get(row.pseudonym)
      if (!user?.organisationId || !participantId)
        throw new Error('a checked row lost its case or user')
      const values = [participantId, user.id, row.date, row.kind, row.minutes, row.ownOrganisation]
      const key = JSON.stringify(values)
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      await upsertTimeEntry(db, {
        id: importedId(project.id, values, occurrence),
        projectId: project.id,
        participantId,
        userId: user.id,
        organisationId: user.organisationId,
        team: user.team,
        kind: row.kind,
        minutes: row.minutes,
        date: row.date,
        ownOrganisation: row.ownOrganisation,
        source: 'import',
      })
    }
    return { status: 201, body: { imported: rows.length } }
  },
})

export const exportTimeEntriesRoute = implement(contract.time.export, {
  handler: async ({ actor, db, params, query, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const entries = await listProjectTimeEntries(db, project.id)
    const rows = timeEntriesToRows(entries.map((e) => ({ ...e, kind: e.kind as TimeKind })))
    const name = `tijdregistratie-${project.id.slice(0, 8)}`
    return tableDownload(rows, query.format, { file: name, sheet: 'Tijdregistratie' })
  },
})

export const projectCostsRoute = implement(contract.time.costs, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const { list } = await findActivePriceList(db, actor.municipality.id)
    return {
      status: 200,
      body: recordedCosts(
        await organisationYearMinutes(db, project.id),
        await domainYearSpends(db, project.id),
        list.items,
        await projectPriceYear(db, project.id),
      ),
    }
  },
})

export const TIME_ROUTES = [
  listTimeEntriesRoute,
  saveTimeEntryRoute,
  importTimeEntriesRoute,
  exportTimeEntriesRoute,
  projectCostsRoute,
]
