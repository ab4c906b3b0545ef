import type { Kysely } from 'kysely'
import {
  type CheckInOutcome,
  checkInDates,
  type Plan,
  type TableConversation,
  type ZrmDomain,
} from '../../domain/index.js'
import { addConsent, addShare } from '../repositories/consent-repository.js'
import { planFollowUps, recordCheckIn } from '../repositories/follow-up-repository.js'
import { addMeasurement } from '../repositories/outcome-repository.js'
import { endEnrolment } from '../repositories/participant-repository.js'
import { savePlan } from '../repositories/plan-repository.js'
import type { Database } from '../schema.js'

/** Fictional goals in a resident's own words, with the ZRM domains they touch. */
const GOALS: readonly { readonly ownWords: string; readonly domains: ZrmDomain[] }[] = [
  { ownWords: 'Ik wil geen post meer hoeven te verstoppen.', domains: ['financien'] },
  {
    ownWords: 'Weer een paar dagen per week werken, het liefst buiten.',
    domains: ['werk-opleiding'],
  },
  { ownWords: 'Mijn zoon moet weer gewoon naar school kunnen.', domains: ['huiselijke-relaties'] },
  {
    ownWords: 'Rust in mijn hoofd, zodat ik weer kan slapen.',
    domains: ['geestelijke-gezondheid'],
  },
  { ownWords: 'Een eigen plek waar ik mag blijven.', domains: ['huisvesting', 'financien'] },
  { ownWords: 'Mensen om me heen die ik kan bellen.', domains: ['sociaal-netwerk'] },
]

const PARTNER_ACTIONS = [
  'Schulden in kaart brengen en een betalingsregeling voorstellen',
  'Een werkervaringsplek zoeken en het eerste gesprek samen voeren',
  'Eén vast aanspreekpunt voor de uitkering, ook bij wijzigingen',
  'Samen met school een plan maken voor de terugkeer',
]

const RESIDENT_ACTIONS = [
  'Alle brieven in één map bewaren en meenemen naar het gesprek',
  'Twee keer per week naar de inloop van het buurthuis',
  'Zelf de huisarts bellen voor een afspraak',
]

const OUTCOMES: readonly CheckInOutcome[] = ['good', 'good', 'concerns', 'good', 'reopened']

export interface DemoPlanIds {
  /** A check-in still to do after a team-Noord participant's outflow. */
  readonly followUpId: string
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * The demo pilot's plans with the resident, consents, check-ins after outflow and outcome
 * measurements, consistent with its participants and table conversations: every tenant gets
 * the first Noord participant's check-ins after a trajectory ended (the example the tests
 * use); with `year`, the pilot gets a year of it — plans for the first sixteen participants
 * (one to three versions), consent and a share for Work & Income, an intake measurement
 * at the start of support of every participant with a table conversation (the rung and ZRM
 * scores its "before" records), and for
 * every fourth participant an ended enrolment with check-ins after 1, 3 and 6 months, those
 * already past recorded. Deterministic: dates and choices follow the participants' order.
 */
export async function seedDemoPlans(
  db: Kysely<Database>,
  input: {
    readonly projectId: string
    readonly participantIds: Readonly<Record<'Noord' | 'Zuid', readonly string[]>>
    readonly organisations: { readonly workAndIncome: string; readonly wijkteam: string }
    readonly users: { readonly Noord: string; readonly Zuid: string }
    readonly year: boolean
  },
): Promise<DemoPlanIds> {
  const first = input.participantIds.Noord[0] as string
  const owner = (team: 'Noord' | 'Zuid') => ({
    id: input.users[team],
    organisationId: input.organisations.wijkteam,
    team,
  })
  const [followUpId] = await planFollowUps(db, {
    participantId: first,
    projectId: input.projectId,
    outflow: 'trajectory',
    endedOn: '2026-06-01',
    dueDates: checkInDates('2026-06-01', [1, 3, 6]),
    owner: owner('Noord'),
    createdBy: input.users.Noord,
  })
  if (!input.year) return { followUpId: followUpId as string }

  const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].flatMap(
    (i) => {
      const team = i % 2 === 0 ? 'Noord' : 'Zuid'
      const id = input.participantIds[team][Math.floor(i / 2)]
      return id === undefined ? [] : [{ i, id, team: team as 'Noord' | 'Zuid' }]
    },
  )
  for (const { i, id, team } of all) {
    const enrolment = await db
      .selectFrom('enrolments')
      .select('start_date')
      .where('participant_id', '=', id)
      .where('project_id', '=', input.projectId)
      .executeTakeFirstOrThrow()
    const start = enrolment.start_date
    if (i < 16) {
      const goal = GOALS[i % GOALS.length] as (typeof GOALS)[number]
      const second = GOALS[(i + 2) % GOALS.length] as (typeof GOALS)[number]
      const base: Plan = {
        goals: [{ id: 'doel-1', ...goal }],
        partnerActions: [
          {
            id: 'actie-1',
            organisationId: input.organisations.workAndIncome,
            action: PARTNER_ACTIONS[i % PARTNER_ACTIONS.length] as string,
            goalId: 'doel-1',
            dueDate: addDays(start, 42),
          },
        ],
        residentActions: [
          {
            id: 'zelf-1',
            action: RESIDENT_ACTIONS[i % RESIDENT_ACTIONS.length] as string,
            goalId: 'doel-1',
          },
        ],
        agreedOn: addDays(start, 14),
        nextReview: addDays(start, 104),
        reviews: [],
      }
      const versions: Plan[] = [base]
      if (i % 3 !== 2)
        versions.push({
          ...base,
          goals: [...base.goals, { id: 'doel-2', ...second }],
          partnerActions: [
            ...base.partnerActions,
            {
              id: 'actie-2',
              organisationId: input.organisations.wijkteam,
              action: PARTNER_ACTIONS[(i + 1) % PARTNER_ACTIONS.length] as string,
              goalId: 'doel-2',
            },
          ],
        })
      if (i % 3 === 0)
        versions.push({
          ...(versions[versions.length - 1] as Plan),
          reviews: [
            {
              date: addDays(start, 104),
              note: 'Eerste doel grotendeels bereikt; tweede doel loopt.',
            },
          ],
          nextReview: addDays(start, 194),
        })
      for (const [v, plan] of versions.entries())
        await savePlan(db, {
          participantId: id,
          plan,
          basedOnVersion: v,
          userId: input.users[team],
          at: new Date(`${addDays(start, 14 + 90 * v)}T10:00:00Z`),
        })
    }
    if (i < 6) {
      const consent = await addConsent(db, {
        participantId: id,
        purpose: 'Samen uitvoeren van het plan met Werk & Inkomen',
        partnerOrganisationId: input.organisations.workAndIncome,
        status: 'given',
        date: addDays(start, 14),
        recordedBy: input.users[team],
      })
      await addShare(db, {
        participantId: id,
        organisationId: input.organisations.workAndIncome,
        team: null,
        basis: 'consent',
        lawArticle: null,
        consentId: consent.id,
        scope: consent.purpose,
        purpose: consent.purpose,
        date: consent.date,
        createdBy: input.users[team],
      })
    }
    if (i % 4 === 3) {
      const endedOn = addDays(start, 120 + 7 * i)
      await endEnrolment(db, {
        participantId: id,
        projectId: input.projectId,
        endDate: endedOn,
        reason: 'Doelen bereikt; ondersteuning afgerond',
      })
      const followUp = {
        participantId: id,
        projectId: input.projectId,
        outflow: 'enrolment' as const,
        endedOn,
        owner: owner(team),
      }
      const ids = await planFollowUps(db, {
        ...followUp,
        dueDates: checkInDates(endedOn, [1, 3, 6]),
        createdBy: input.users[team],
      })
      const dates = checkInDates(endedOn, [1, 3, 6])
      for (const [k, checkInId] of ids.entries()) {
        const date = dates[k] as string
        if (date > '2026-11-30') break
        const outcome = OUTCOMES[(i + k) % OUTCOMES.length] as CheckInOutcome
        await recordCheckIn(db, {
          followUp: { ...followUp, id: checkInId },
          outcome,
          note:
            outcome === 'good'
              ? null
              : 'Huurachterstand terug; opnieuw aangemeld bij het wijkteam.',
          date,
          userId: input.users[team],
        })
        if (outcome === 'reopened') break
      }
    }
  }
  // Only Noord participants have table conversations in the demo.
  for (const id of input.participantIds.Noord)
    await seedIntakeMeasurement(db, input.projectId, id, input.users.Noord)
  for (const [k, id] of input.participantIds.Zuid.entries())
    await seedMeasuredHalfYear(db, input.projectId, id, k, input.users.Zuid)
  return { followUpId: followUpId as string }
}

/**
 * A measurement at the start of support before each table conversation of the participant: the
 * rung and ZRM scores the conversation records as "before", so the one series runs from intake
 * to the conversation's "after".
 */
async function seedIntakeMeasurement(
  db: Kysely<Database>,
  projectId: string,
  participantId: string,
  userId: string,
) {
  const { start_date: start } = await db
    .selectFrom('enrolments')
    .select('start_date')
    .where('participant_id', '=', participantId)
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow()
  const conversation = await db
    .selectFrom('conversations')
    .select('document')
    .where('participant_id', '=', participantId)
    .where('project_id', '=', projectId)
    .orderBy('measurement')
    .executeTakeFirst()
  const document = conversation?.document as TableConversation | undefined
  const outcomes = document?.outcomes
  if (!outcomes) return
  // Intake comes before the first conversation, also where the demo held one before enrolling.
  const held = document?.date ? addDays(document.date, -7) : start
  const [date = start] = [held, start].sort()
  const zrm: Partial<Record<ZrmDomain, number>> = {}
  for (const [domain, score] of Object.entries(outcomes.zrm ?? {}))
    if (score) zrm[domain as ZrmDomain] = score.before
  await addMeasurement(db, {
    participantId,
    projectId,
    date,
    moment: 'Intake',
    ladderRung: outcomes.ladder?.before ?? null,
    zrm,
    trust: {},
    goalProgress: {},
    recordedBy: userId,
  })
}

/**
 * For a participant without table conversations: a measurement at the start of support (their
 * recorded rung, finances and work scored from it) and one half a year later, where two in three
 * have gone up a rung and a point — so the project's change from first to last has cells large
 * enough to show.
 */
async function seedMeasuredHalfYear(
  db: Kysely<Database>,
  projectId: string,
  participantId: string,
  k: number,
  userId: string,
) {
  const row = await db
    .selectFrom('participants as p')
    .innerJoin('enrolments as e', 'e.participant_id', 'p.id')
    .select(['p.ladder_rung', 'e.start_date'])
    .where('p.id', '=', participantId)
    .where('e.project_id', '=', projectId)
    .executeTakeFirstOrThrow()
  if (row.ladder_rung === null) return
  const rung = row.ladder_rung
  const better = k % 3 !== 2 ? 1 : 0
  const zrm = (score: number) => ({ financien: score, 'werk-opleiding': Math.min(5, score + 1) })
  const measure = (date: string, moment: string, ladderRung: number, score: number) =>
    addMeasurement(db, {
      participantId,
      projectId,
      date,
      moment,
      ladderRung,
      zrm: zrm(score),
      trust: { self: 4 + ladderRung },
      goalProgress: {},
      recordedBy: userId,
    })
  await measure(row.start_date, 'Intake', rung, 2)
  await measure(
    addDays(row.start_date, 182),
    'Na een half jaar',
    Math.min(6, rung + better),
    2 + better,
  )
}
