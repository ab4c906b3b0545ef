import type { Kysely } from 'kysely'
import { MS_PER_DAY, type Role, seriesDates } from '../../domain/index.js'
import {
  addActions,
  addAttendees,
  addCases,
  createConferences,
  type NewAction,
  type NewCase,
} from '../repositories/case-conference-repository.js'
import { addShare } from '../repositories/consent-repository.js'
import type { Database } from '../schema.js'

/** Makes a demo account (seedTenant's, so it gets credentials and is listed). */
type MakeUser = (
  role: Role,
  name: string,
  local: string,
  organisationId: string,
  organisationName: string,
  team: string | null,
) => Promise<string>

export interface DemoConferences {
  /** The Work & Income professional who sits at team Noord's table. */
  readonly workAndIncomeProfessional: string
  /** The first conference, with a team Noord participant's case and an open action on it. */
  readonly conference: string
  readonly conferenceCase: string
  readonly conferenceAction: string
}

/** The demo's "today": conferences from here on are planned, not yet held (no clock is read). */
const PLANNED_FROM = '2026-12-01'

const QUESTIONS = [
  'Kan het traject naar werk starten terwijl de schuldhulp loopt?',
  'Wie pakt de achterstand in de huur op, en hoe voorkomen we een ontruiming?',
  'Past dagbesteding bij wat de inwoner zelf wil, of eerst werkfit-traject?',
  'Hoe stemmen we de Wmo-ondersteuning af op de sollicitatieplicht?',
  'De inwoner wil een opleiding volgen: kan dat met behoud van uitkering?',
  'Zorgen over de kinderen: is een gezinsaanpak nodig?',
] as const

const DECISIONS = [
  'Eén plan, één regisseur vanuit het wijkteam; Werk & Inkomen schuift aan bij het volgende huisbezoek.',
  'Schuldhulp gaat eerst; de re-integratie start na de stabilisatie, over drie maanden.',
  'Ontheffing van de arbeidsverplichting voor zes maanden, met een tussentijdse evaluatie.',
  'Gezamenlijk gesprek met de inwoner om de eigen doelen vast te leggen.',
] as const

const ACTIONS = [
  'Huisbezoek samen met Werk & Inkomen plannen',
  'Aanmelding schuldhulpverlening doen',
  'Afspraak met de verhuurder over een betalingsregeling',
  'Werkfit-traject aanvragen',
  'Terugkoppeling aan de inwoner over het besluit',
] as const

/**
 * A year of fictional weekly case conferences of wijkteam Noord (each Thursday from 8 January
 * 2026, 52 weeks), chaired by the team's facilitator, with its professional and a Work & Income
 * professional at the table. Work & Income may discuss eight Noord participants (a share on
 * their recorded consent); it brings some of them in, the team brings the others. Past
 * conferences have records, decisions and actions (older ones done, the last weeks' open);
 * later ones are planned only. Deterministic: no clock, no randomness.
 */
export async function seedDemoConferences(
  db: Kysely<Database>,
  input: {
    readonly municipalityId: string
    readonly projectId: string
    readonly organisations: { readonly wijkteam: string; readonly workAndIncome: string }
    readonly workAndIncomeName: string
    readonly place: string
    readonly users: Readonly<Record<Role, string>>
    readonly noordParticipantIds: readonly string[]
    /** How many weekly conferences: a year for the demo pilot, one for a small tenant. */
    readonly weeks: number
    readonly user: MakeUser
  },
): Promise<DemoConferences> {
  const { professional, facilitator } = input.users
  const werk = await input.user(
    'professional',
    `Professional Werk & Inkomen ${input.place}`,
    'professional.werk',
    input.organisations.workAndIncome,
    input.workAndIncomeName,
    null,
  )
  const sharedWithWerk = input.noordParticipantIds.slice(1, 9)
  for (const participantId of sharedWithWerk) {
    const consent = await db
      .selectFrom('consents')
      .select('id')
      .where('participant_id', '=', participantId)
      .where('partner_organisation_id', '=', input.organisations.workAndIncome)
      .where('status', '=', 'given')
      .executeTakeFirst()
    await addShare(db, {
      participantId,
      organisationId: input.organisations.workAndIncome,
      team: null,
      basis: consent ? 'consent' : 'law',
      lawArticle: consent ? null : 'Participatiewet art. 7 lid 1 onder a',
      consentId: consent?.id ?? null,
      scope: 'Casusoverleg wijkteam Noord',
      purpose: 'Gezamenlijk plan wijkteam Noord en Werk & Inkomen',
      date: '2026-01-15',
      createdBy: professional,
    })
  }

  const dates = seriesDates('2026-01-08', 'weekly', input.weeks)
  const ids = await createConferences(db, {
    municipalityId: input.municipalityId,
    projectId: input.projectId,
    organisationId: input.organisations.wijkteam,
    team: 'Noord',
    dates,
    cadence: input.weeks > 1 ? 'weekly' : null,
    chairUserId: facilitator,
    attendees: [],
    createdBy: facilitator,
  })
  // Attendance differs per week: Work & Income misses every fifth meeting.
  await addAttendees(
    db,
    ids.flatMap((conferenceId, week) => {
      const held = (dates[week] as string) < PLANNED_FROM
      return [
        { userId: facilitator, domain: 'wmo' as const, attended: held },
        { userId: professional, domain: 'wmo' as const, attended: held },
        { userId: werk, domain: 'participatiewet' as const, attended: held && week % 5 !== 4 },
      ].map((a) => ({ ...a, conferenceId }))
    }),
  )

  // The agendas, then their actions: one insert each, so the demo loads quickly in every test.
  const cases: (NewCase & { readonly week: number; readonly k: number })[] = []
  const noord = input.noordParticipantIds
  for (const [week, conferenceId] of ids.entries()) {
    const held = (dates[week] as string) < PLANNED_FROM
    // Planned conferences have an empty agenda, but for the first (the tests' example).
    if (!held && week > 0) continue
    const chosen = new Set<string>()
    for (let k = 0; k < 2 + (week % 3); k++) {
      const participantId = noord[k === 0 && week === 0 ? 0 : (week * 3 + k * 7) % noord.length]
      if (participantId === undefined || chosen.has(participantId)) continue
      chosen.add(participantId)
      const byWerk = sharedWithWerk.includes(participantId) && (week + k) % 2 === 0
      cases.push({
        week,
        k,
        conferenceId,
        participantId,
        broughtBy: byWerk ? werk : professional,
        broughtByOrganisationId: byWerk
          ? input.organisations.workAndIncome
          : input.organisations.wijkteam,
        domain: byWerk ? 'participatiewet' : 'wmo',
        question: QUESTIONS[(week + k) % QUESTIONS.length] as string,
        ...(held
          ? {
              discussion:
                'Besproken wat goed gaat, wat vastzit en wie wat oppakt, met de eigen doelen van de inwoner als uitgangspunt.',
              decisions: DECISIONS[(week + k) % DECISIONS.length] as string,
            }
          : {}),
      })
    }
  }
  const caseIds = await addCases(db, cases)
  const actions = cases.flatMap(({ week, k, broughtBy }, i) => {
    const date = dates[week] as string
    const held = date < PLANNED_FROM
    const recent = date >= addDays(PLANNED_FROM, -28)
    return Array.from({ length: held ? 1 + ((week + k) % 2) : 1 }, (_, a): NewAction => {
      const ownerIsWerk = broughtBy === werk && a === 0
      const example = i === 0 && a === 0
      return {
        caseId: caseIds[i] as string,
        description: ACTIONS[(week + k + a) % ACTIONS.length] as string,
        ownerUserId: ownerIsWerk ? werk : professional,
        ownerOrganisationId: ownerIsWerk
          ? input.organisations.workAndIncome
          : input.organisations.wijkteam,
        dueDate: addDays(date, 14),
        status: example || recent ? 'open' : (week + a) % 9 === 0 ? 'cancelled' : 'done',
        createdBy: facilitator,
      }
    })
  })
  const actionIds = await addActions(db, actions)
  const [conference, conferenceCase, conferenceAction] = [ids[0], caseIds[0], actionIds[0]]
  if (!conference || !conferenceCase || !conferenceAction)
    throw new Error('the demo needs at least one conference with a case and an action')
  return { workAndIncomeProfessional: werk, conference, conferenceCase, conferenceAction }
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10)
}
