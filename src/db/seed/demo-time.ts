import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely } from 'kysely'
import { TIME_KINDS, type TimeKind, TYPICAL_MINUTES } from '../../domain/index.js'
import { appendLedgerRow, saveBudgetPot } from '../repositories/budget-repository.js'
import {
  replaceUserContracts,
  replaceVacancies,
  saveCapacityThreshold,
} from '../repositories/staff-repository.js'
import type { Database, TimeEntryTable } from '../schema.js'

export interface DemoTimeOptions {
  readonly projectId: string
  readonly wijkteamId: string
  /** The team members who record time, with their team. */
  readonly staff: readonly { readonly userId: string; readonly team: 'Noord' | 'Zuid' }[]
  readonly pilotManagerId: string
  readonly controllerId: string
  readonly seed: number
}

/** The last day of the demo's year of entries. */
const LAST_DAY = '2026-11-30'

/** Park–Miller minimal standard generator (Park & Miller 1988), as the demo's attributes. */
function lcg(seed: number): () => number {
  let state = seed % 2147483647
  return () => {
    state = (state * 48271) % 2147483647
    return (state - 1) / 2147483646
  }
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * A year of fictional time registration, unshielded-budget spends and team records for the
 * demo pilot. Team Noord loses its facilitator at the end of June and the post stays open, so
 * its caseload per FTE rises past the project's threshold in the capacity monitor; team Zuid
 * keeps two full-time staff. Deterministic (seeded).
 */
export async function seedDemoTime(db: Kysely<Database>, options: DemoTimeOptions): Promise<void> {
  const random = lcg(options.seed)
  const [noordPro, noordFac, zuidPro, zuidFac] = options.staff
  const contract = (
    userId: string | undefined,
    team: string,
    hours: number,
    start: string,
    end: string | null,
  ) =>
    userId === undefined
      ? Promise.resolve()
      : replaceUserContracts(db, { id: userId, organisationId: options.wijkteamId, team }, [
          { hoursPerWeek: hours, startDate: start, endDate: end },
        ])
  await contract(noordPro?.userId, 'Noord', 36, '2023-09-01', null)
  await contract(noordFac?.userId, 'Noord', 24, '2025-02-01', '2026-06-30')
  await contract(zuidPro?.userId, 'Zuid', 36, '2022-04-01', null)
  await contract(zuidFac?.userId, 'Zuid', 36, '2024-11-01', null)
  await replaceVacancies(db, options.wijkteamId, [
    { team: 'Noord', hoursPerWeek: 24, openedOn: '2026-07-01', filledOn: null },
  ])
  await saveCapacityThreshold(db, options.projectId, 15)

  const enrolments = await db
    .selectFrom('enrolments as e')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .select(['p.id', 'p.team', 'e.start_date as startDate'])
    .where('e.project_id', '=', options.projectId)
    .orderBy('p.pseudonym')
    .execute()
  const recorders = (team: string, date: string) =>
    options.staff.filter((s) => s.team === team && !(s === noordFac && date > '2026-06-30'))
  const rows: Insertable<TimeEntryTable>[] = []
  for (const e of enrolments) {
    // first contact 2 to 20 days after the referral, then a contact every 4 to 14 days
    let date = addDays(e.startDate, 2 + Math.floor(random() * 19))
    while (date <= LAST_DAY) {
      const who = recorders(e.team, date)
      const recorder = who[Math.floor(random() * who.length)]
      if (recorder) {
        const kind = TIME_KINDS[Math.floor(random() * TIME_KINDS.length)] as TimeKind
        rows.push({
          id: randomUUID(),
          project_id: options.projectId,
          participant_id: e.id,
          user_id: recorder.userId,
          organisation_id: options.wijkteamId,
          team: recorder.team,
          kind,
          minutes: TYPICAL_MINUTES[kind],
          date,
          own_organisation: random() < 0.1,
          source: 'app',
        })
      }
      date = addDays(date, 4 + Math.floor(random() * 11))
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('time_entries')
      .values(rows.slice(i, i + 500))
      .execute()

  await saveBudgetPot(
    db,
    options.projectId,
    {
      amountCents: 25_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2027-06-30',
      approvalThresholdCents: 100_000,
    },
    options.pilotManagerId,
  )
  const spend = (
    i: number,
    cents: number,
    date: string,
    purpose: string,
    goal: string,
    domain: 'participatiewet' | 'wmo' | 'jeugdwet' | 'other' | null,
    approved = false,
  ) =>
    appendLedgerRow(db, {
      projectId: options.projectId,
      participantId: enrolments[i % enrolments.length]?.id as string,
      amountCents: cents,
      date,
      purpose,
      goal,
      replacesDomain: domain,
      recordedBy: options.pilotManagerId,
      approvedBy: approved ? options.controllerId : null,
      corrects: null,
    })
  await spend(
    0,
    4_500,
    '2026-02-10',
    'OV-kaart voor de eerste maand werk',
    'Zelf naar het werk reizen',
    'participatiewet',
  )
  await spend(
    3,
    185_000,
    '2026-03-02',
    'Achterstallige huur betaald, huisuitzetting voorkomen',
    'Een stabiele woning',
    'other',
    true,
  )
  const bike = await spend(
    5,
    32_000,
    '2026-04-14',
    'Tweedehands fiets',
    'Naar de dagbesteding zonder vervoer',
    'wmo',
  )
  await appendLedgerRow(db, {
    projectId: options.projectId,
    participantId: enrolments[5 % enrolments.length]?.id as string,
    amountCents: -7_000,
    date: '2026-04-20',
    purpose: 'Fiets bleek goedkoper dan begroot',
    goal: 'Naar de dagbesteding zonder vervoer',
    replacesDomain: 'wmo',
    recordedBy: options.pilotManagerId,
    approvedBy: null,
    corrects: bike,
  })
  await spend(
    8,
    60_000,
    '2026-05-06',
    'Huiswerkbegeleiding voor de oudste zoon',
    'Kinderen ronden school af',
    'jeugdwet',
  )
  await spend(
    11,
    12_500,
    '2026-06-18',
    'Schoenen en kleding voor sollicitatiegesprek',
    '',
    'participatiewet',
  )
  await spend(
    14,
    95_000,
    '2026-08-25',
    'Eenmalige overbrugging energierekening',
    'Rust in de financiën',
    null,
  )
  await spend(
    17,
    240_000,
    '2026-10-01',
    'Cursus heftruckcertificaat',
    'Betaald werk in de logistiek',
    'participatiewet',
    true,
  )
}
