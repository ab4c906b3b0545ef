import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addMeasurement,
  type Database,
  findPlan,
  findProject,
  listConsents,
  listOutcomeSeries,
  listParticipantFollowUps,
  listPlanVersions,
  listProjectEnrolments,
  researchPseudonym,
} from '../../db/index.js'
import {
  DISCLOSURE_RULES,
  EVALUATION_COLUMNS,
  evaluationRow,
  LADDER_RUNGS,
  linkedOneWayTables,
  NotFoundError,
  outcomeChange,
  publishCounts,
  todayInAmsterdam,
  twoWayTable,
  ValidationError,
  ZRM_DOMAINS,
} from '../../domain/index.js'
import { toCsv } from '../../files/index.js'
import type { RoleActor } from '../actor.js'
import { participantScope } from '../policy.js'
import { type AuditNote, implement } from '../route.js'
import { visibleParticipant } from './participant-routes.js'
import { PROJECT_NOT_FOUND } from './project-routes.js'
import { publishedWithReason } from './published-count.js'

async function projectOf(db: Kysely<Database>, actor: RoleActor, id: string, audit?: AuditNote) {
  if (audit) audit.objectId = id
  const project = await findProject(db, actor.municipality.id, id)
  if (!project) throw new NotFoundError(PROJECT_NOT_FOUND)
  return project
}

/** Progress is measured on the resident's own goals: every key must be a goal of the current plan. */
async function requirePlanGoals(
  db: Kysely<Database>,
  participantId: string,
  goalProgress: Record<string, number> | undefined,
) {
  const keys = Object.keys(goalProgress ?? {})
  if (keys.length === 0) return
  const goals = new Set((await findPlan(db, participantId))?.plan.goals.map((g) => g.id) ?? [])
  const unknown = keys.filter((key) => !goals.has(key))
  if (unknown.length > 0)
    throw new ValidationError(
      unknown.map((key) => ({
        field: `body.goalProgress.${key}`,
        message: {
          nl: 'is geen doel in het plan van deze deelnemer',
          en: "is not a goal in this participant's plan",
        },
      })),
    )
}

export const recordMeasurementRoute = implement(contract.outcomeMeasurements.record, {
  handler: async ({ actor, db, body, audit }) => {
    const participant = await visibleParticipant(db, actor, body.participantId, audit)
    if (body.projectId !== undefined) await projectOf(db, actor, body.projectId)
    await requirePlanGoals(db, participant.id, body.goalProgress)
    const point = await addMeasurement(db, {
      participantId: participant.id,
      projectId: body.projectId ?? null,
      date: body.date,
      moment: body.moment ?? null,
      ladderRung: body.ladderRung ?? null,
      zrm: body.zrm ?? {},
      trust: body.trust ?? {},
      goalProgress: body.goalProgress ?? {},
      recordedBy: actor.userId,
    })
    return { status: 201, body: { point } }
  },
})

export const outcomeSeriesRoute = implement(contract.outcomeMeasurements.series, {
  handler: async ({ actor, db, query, audit }) => {
    const participant = await visibleParticipant(db, actor, query.participantId, audit)
    const series = await listOutcomeSeries(db, { participantId: participant.id })
    return { status: 200, body: { points: series.get(participant.id) ?? [] } }
  },
})

export const outcomeAggregateRoute = implement(contract.outcomeMeasurements.aggregate, {
  handler: async ({ actor, db, query }) => {
    const project = await projectOf(db, actor, query.projectId)
    const series = await listOutcomeSeries(db, {
      municipalityId: actor.municipality.id,
      projectId: project.id,
    })
    const change = outcomeChange([...series.values()])
    // The transitions as one two-way table with its margins, suppressed together.
    const grid = publishCounts(twoWayTable(change.ladder.grid), DISCLOSURE_RULES)
    const width = LADDER_RUNGS.length + 1
    const transitions = LADDER_RUNGS.flatMap((from, i) =>
      LADDER_RUNGS.map((to, j) => ({
        from,
        to,
        ...publishedWithReason(grid[i * width + j] ?? { count: null, suppression: 'primary' }),
      })),
    )
    const ladderTotal = grid[grid.length - 1] ?? { count: null, suppression: 'primary' as const }
    const zrm = ZRM_DOMAINS.flatMap((domain) => {
      const counts = change.zrm[domain]
      if (!counts) return []
      // First and last are two one-way tables of the same people: linked through their total.
      const published = publishCounts(
        linkedOneWayTables(counts.n, [counts.first, counts.last]),
        DISCLOSURE_RULES,
      )
      const at = (k: number) =>
        publishedWithReason(published[k] ?? { count: null, suppression: 'primary' })
      return [
        {
          domain,
          total: at(0),
          scores: [1, 2, 3, 4, 5].map((score, i) => ({
            score,
            first: at(1 + i),
            last: at(6 + i),
          })),
        },
      ]
    })
    return {
      status: 200,
      body: {
        projectId: project.id,
        suppressionThreshold: DISCLOSURE_RULES.threshold,
        roundingBase: DISCLOSURE_RULES.roundingBase,
        ladder: { total: publishedWithReason(ladderTotal), transitions },
        zrm,
      },
    }
  },
})

export const evaluationExportRoute = implement(contract.outcomeMeasurements.export, {
  handler: async ({ actor, db, query, services, audit }) => {
    const project = await projectOf(db, actor, query.projectId, audit)
    const today = todayInAmsterdam(services.now())
    const enrolments = await listProjectEnrolments(db, participantScope(actor), project.id)
    const series = await listOutcomeSeries(db, {
      municipalityId: actor.municipality.id,
      projectId: project.id,
    })
    const rows = []
    for (const enrolment of enrolments) {
      const id = enrolment.participantId
      const participant = await db
        .selectFrom('participants')
        .select(['age_band', 'household_type'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      const followUps = (
        await listParticipantFollowUps(db, actor.municipality.id, id, today)
      ).filter((f) => f.projectId === project.id)
      const row = evaluationRow({
        researchId: researchPseudonym(services.pseudonymKey, project.id, id),
        ageBand: participant.age_band,
        householdType: participant.household_type,
        startDate: enrolment.startDate,
        endDate: enrolment.endDate,
        planVersions: (await listPlanVersions(db, id)).map((v) => ({
          savedOn: v.savedAt.slice(0, 10),
          plan: v.plan,
        })),
        consents: await listConsents(db, id),
        checkIns: followUps.filter((f) => !f.cancelled),
        series: series.get(id) ?? [],
      })
      rows.push(EVALUATION_COLUMNS.map((column) => row[column]))
    }
    // Sorted by the research key, so the order tells nothing of pseudonyms or enrolment.
    rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    return {
      status: 200,
      body: toCsv([[...EVALUATION_COLUMNS], ...rows]),
      headers: {
        'content-disposition': `attachment; filename="evaluatie-${project.id.slice(0, 8)}.csv"`,
      },
    }
  },
})

export const OUTCOME_ROUTES = [
  recordMeasurementRoute,
  outcomeSeriesRoute,
  outcomeAggregateRoute,
  evaluationExportRoute,
]
