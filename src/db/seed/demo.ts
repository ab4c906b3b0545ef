import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { DEMO_CONVERSATIONS, DEMO_MKBA_MODEL } from '../../demo/index.js'
import {
  AGE_BANDS,
  type AgeBand,
  conversationFileSchema,
  HOUSEHOLD_TYPES,
  type HouseholdType,
  type OrganisationKind,
  type Role,
  requiresMfa,
} from '../../domain/index.js'
import { hashPassword } from '../credentials/password.js'
import type { SealedSecret, SecretBox } from '../credentials/secret-box.js'
import { newTotpSecret } from '../credentials/totp.js'
import { addConsent, addShare } from '../repositories/consent-repository.js'
import { saveMkbaModel } from '../repositories/mkba-model-repository.js'
import { createMunicipality } from '../repositories/municipality-repository.js'
import { createOrganisation } from '../repositories/organisation-repository.js'
import { createParticipant, enrolParticipant } from '../repositories/participant-repository.js'
import { saveMunicipalPriceList } from '../repositories/price-list-repository.js'
import { createProject } from '../repositories/project-repository.js'
import { createUser } from '../repositories/user-repository.js'
import type { Database } from '../schema.js'
import { seedDemoAnalysis } from './demo-analyses.js'
import { type DemoConferences, seedDemoConferences } from './demo-conferences.js'
import { seedDemoConversations } from './demo-conversations.js'
import { type DemoFindings, seedDemoFindings } from './demo-findings.js'
import { seedDemoPhases } from './demo-phases.js'
import { seedDemoPlans } from './demo-plans.js'
import { seedDemoPrivacy } from './demo-privacy.js'
import { seedDemoStartfoto } from './demo-startfoto.js'
import { seedDemoTime } from './demo-time.js'

export interface DemoLogin {
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly organisation: string
  readonly team: string | null
}

/** A demo account with its secrets: shown once and written to demo-accounts.txt, never stored in clear. */
export interface DemoAccount extends DemoLogin {
  readonly password: string
  /** Base32, for an authenticator app; null for roles without MFA. */
  readonly totpSecret: string | null
}

export interface DemoOptions {
  /** Seals the accounts' TOTP secrets, as the app that will verify them does. */
  readonly secretBox: SecretBox
  /**
   * One password for every account (EFFECTWIJZER_DEMO_PASSWORD, for scripted demos and tests);
   * without it every account gets its own random one.
   */
  readonly password?: string | undefined
}

export interface DemoTenant {
  readonly municipalityId: string
  readonly name: string
  readonly organisations: Readonly<
    Record<'municipality' | 'workAndIncome' | 'wijkteam' | 'research', string>
  >
  readonly projectId: string
  /** Participants per team: `Noord` and `Zuid` of the wijkteam organisation. */
  readonly participantIds: Readonly<Record<'Noord' | 'Zuid', readonly string[]>>
  /** A Zuid participant shared with team Noord on a law article. */
  readonly sharedWithNoordId: string
  /** Table conversations of team Noord participants, in demo-file order. */
  readonly conversationIds: readonly string[]
  /** Residents' requests in the privacy officer's register (the first is open). */
  readonly privacyRequestIds: readonly string[]
  /** A finished effect analysis of the project (a fictional extract). */
  readonly analysisId: string
  /** User ids per role; professionals and facilitators in team Noord, plus their Zuid twins. */
  readonly users: Readonly<Record<Role, string>>
  readonly otherTeamUsers: Readonly<Record<'professional' | 'facilitator', string>>
  /** A check-in still to do after the first Noord participant's trajectory ended. */
  readonly followUpId: string
  /** Team Noord's case conferences (a year of them in the demo pilot, one in a small tenant). */
  readonly conferences: DemoConferences
  /** The project's coded findings and lessons (twenty in the demo pilot, two in a small tenant). */
  readonly findings: DemoFindings
  /** The token of the wijkteams' link to the startfoto's open second round (demo pilot only). */
  readonly startfotoLink: string | null
}

export interface DemoFixture {
  readonly voorbeeldstad: DemoTenant
  readonly proefdorp: DemoTenant
  readonly accounts: readonly DemoAccount[]
}

const DISTRICTS = ['Centrum', 'Haven', 'Stadswerven', 'Parkwijk', 'Buitenhout'] as const

/**
 * Loads the clearly fictional demo: "Gemeente Voorbeeldstad" with the pilot
 * "Wijkteam + Werk & Inkomen" (phase experiment, ~40 participants in teams Noord and Zuid,
 * consent records, one share on a law article), and "Gemeente Proefdorp" as a second tenant.
 * Attributes come from a fixed-seed generator, so every load gives the same data; the accounts'
 * passwords and TOTP secrets are new on every load (a public demo password would be an open door).
 */
export async function loadDemo(db: Kysely<Database>, options: DemoOptions): Promise<DemoFixture> {
  const credentials = demoCredentials(options)
  return db.transaction().execute(async (trx) => {
    const accounts: DemoAccount[] = []
    const voorbeeldstad = await seedTenant(trx, {
      name: 'Gemeente Voorbeeldstad',
      domain: 'voorbeeldstad.example',
      participants: 40,
      conversations: 12,
      credentials,
      accounts,
      seed: 20260101,
    })
    const proefdorp = await seedTenant(trx, {
      name: 'Gemeente Proefdorp',
      domain: 'proefdorp.example',
      participants: 12,
      conversations: 2,
      credentials,
      accounts,
      seed: 20260202,
    })
    return { voorbeeldstad, proefdorp, accounts }
  })
}

interface NewCredentials {
  readonly password: string
  readonly passwordHash: string
  readonly totpSecret: string | null
  readonly sealedTotpSecret: SealedSecret | null
}

/** Fresh credentials per account: the given password (hashed once) or a random one, and a TOTP secret where MFA applies. */
function demoCredentials(options: DemoOptions): (role: Role) => Promise<NewCredentials> {
  const shared = options.password
  const sharedHash = shared === undefined ? undefined : hashPassword(shared)
  return async (role) => {
    const password = shared ?? randomBytes(12).toString('base64url')
    const totpSecret = requiresMfa(role) ? newTotpSecret() : null
    return {
      password,
      passwordHash: await (sharedHash ?? hashPassword(password)),
      totpSecret,
      sealedTotpSecret: totpSecret === null ? null : options.secretBox.seal(totpSecret),
    }
  }
}

interface TenantOptions {
  readonly name: string
  readonly domain: string
  readonly participants: number
  /** How many demo cases get their table conversations. */
  readonly conversations: number
  readonly credentials: (role: Role) => Promise<NewCredentials>
  readonly accounts: DemoAccount[]
  readonly seed: number
}

async function seedTenant(db: Kysely<Database>, options: TenantOptions): Promise<DemoTenant> {
  const place = options.name.replace('Gemeente ', '')
  const municipality = await createMunicipality(db, { name: options.name })
  const organisation = (name: string, kind: OrganisationKind) =>
    createOrganisation(db, { municipalityId: municipality.id, name, kind })
  const gemeente = await organisation(options.name, 'municipality')
  const werk = await organisation(`Werk & Inkomen ${place}`, 'work-and-income')
  const wijkteam = await organisation(`Wijkteams ${place}`, 'wijkteam')
  const research = await organisation(`Lectoraat Sociaal Domein ${place}`, 'research-institute')
  await organisation(`Welzijn ${place}`, 'welfare')
  await organisation(`Praktijkschool ${place}`, 'school')

  const projectId = await createProject(db, {
    municipalityId: municipality.id,
    name: 'Wijkteam + Werk & Inkomen',
    phase: 'experiment',
    periodStart: '2026-01-01',
    periodEnd: '2027-06-30',
    targetGroup: 'Inwoners met een bijstandsuitkering en meervoudige ondersteuningsvragen',
    theoryOfChange:
      'Eén plan met één regisseur vanuit wijkteam en Werk & Inkomen samen leidt tot minder schulden, meer stabiliteit en een hogere trede op de Participatieladder.',
    organisationIds: [gemeente.id, werk.id, wijkteam.id, research.id],
  })
  await saveMkbaModel(db, { projectId, model: DEMO_MKBA_MODEL, userId: null })

  const user = async (
    role: Role,
    name: string,
    local: string,
    orgId: string,
    orgName: string,
    team: string | null,
  ) => {
    const email = `${local}@${options.domain}`
    const credentials = await options.credentials(role)
    const created = await createUser(db, {
      email,
      name,
      role,
      organisationId: orgId,
      team,
      passwordHash: credentials.passwordHash,
      sealedTotpSecret: credentials.sealedTotpSecret,
    })
    options.accounts.push({
      email,
      name,
      role,
      organisation: orgName,
      team,
      password: credentials.password,
      totpSecret: credentials.totpSecret,
    })
    return created.id
  }
  const users: Record<Role, string> = {
    administrator: await user(
      'administrator',
      `Beheerder ${place}`,
      'beheerder',
      gemeente.id,
      gemeente.name,
      null,
    ),
    'pilot-manager': await user(
      'pilot-manager',
      `Pilotleider ${place}`,
      'pilotleider',
      gemeente.id,
      gemeente.name,
      null,
    ),
    researcher: await user(
      'researcher',
      `Onderzoeker ${place}`,
      'onderzoeker',
      research.id,
      research.name,
      null,
    ),
    professional: await user(
      'professional',
      `Professional Noord ${place}`,
      'professional.noord',
      wijkteam.id,
      wijkteam.name,
      'Noord',
    ),
    facilitator: await user(
      'facilitator',
      `Facilitator Noord ${place}`,
      'facilitator.noord',
      wijkteam.id,
      wijkteam.name,
      'Noord',
    ),
    controller: await user(
      'controller',
      `Controller ${place}`,
      'controller',
      gemeente.id,
      gemeente.name,
      null,
    ),
    'privacy-officer': await user(
      'privacy-officer',
      `Privacyfunctionaris ${place}`,
      'privacy',
      gemeente.id,
      gemeente.name,
      null,
    ),
  }
  const otherTeamUsers = {
    professional: await user(
      'professional',
      `Professional Zuid ${place}`,
      'professional.zuid',
      wijkteam.id,
      wijkteam.name,
      'Zuid',
    ),
    facilitator: await user(
      'facilitator',
      `Facilitator Zuid ${place}`,
      'facilitator.zuid',
      wijkteam.id,
      wijkteam.name,
      'Zuid',
    ),
  }

  const random = lcg(options.seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const participantIds: Record<'Noord' | 'Zuid', string[]> = { Noord: [], Zuid: [] }
  for (let i = 0; i < options.participants; i++) {
    const team = i % 2 === 0 ? 'Noord' : 'Zuid'
    const id = await createParticipant(db, {
      municipalityId: municipality.id,
      organisationId: wijkteam.id,
      team,
      ...(i % 7 === 6
        ? {} // the minimal set: some participants have no attributes at all
        : {
            ageBand: pick(AGE_BANDS.slice(1)) as AgeBand,
            householdType: pick(HOUSEHOLD_TYPES) as HouseholdType,
            district: pick(DISTRICTS),
            ladderRung: 1 + Math.floor(random() * 4),
          }),
    })
    participantIds[team].push(id)
    await enrolParticipant(db, {
      participantId: id,
      projectId,
      startDate: `2026-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    })
    await addConsent(db, {
      participantId: id,
      purpose: 'Gegevens delen met Werk & Inkomen voor het gezamenlijke plan',
      partnerOrganisationId: werk.id,
      status: 'given',
      date: '2026-01-15',
      recordedBy: users.professional,
    })
    if (i % 10 === 9) {
      await addConsent(db, {
        participantId: id,
        purpose: 'Gegevens delen met Werk & Inkomen voor het gezamenlijke plan',
        partnerOrganisationId: werk.id,
        status: 'withdrawn',
        date: '2026-03-01',
        recordedBy: users.professional,
      })
    }
  }
  const sharedWithNoordId = participantIds.Zuid[0] as string
  await addShare(db, {
    participantId: sharedWithNoordId,
    organisationId: wijkteam.id,
    team: 'Noord',
    basis: 'law',
    lawArticle: 'Participatiewet art. 7 lid 1 onder a',
    consentId: null,
    scope: 'Casusoverleg over re-integratie',
    purpose: 'Gezamenlijk plan wijkteam Noord',
    date: '2026-02-01',
    createdBy: otherTeamUsers.professional,
  })
  if (options.conversations >= 12) {
    // The demo municipality's own list: the starter list plus its (fictional) local tariffs.
    const demoList = conversationFileSchema.parse(DEMO_CONVERSATIONS).priceList
    await saveMunicipalPriceList(db, {
      municipalityId: municipality.id,
      list: demoList,
      note: 'Startlijst met de eigen (fictieve) tarieven van de demogemeente',
      userId: users['pilot-manager'],
    })
  }
  const conversationIds = await seedDemoConversations(db, {
    projectId,
    participantIds: participantIds.Noord,
    maxCases: options.conversations,
    userId: users.facilitator,
    signOffBy: options.conversations >= 12 ? users.controller : undefined,
  })
  const { followUpId } = await seedDemoPlans(db, {
    projectId,
    participantIds,
    organisations: { workAndIncome: werk.id, wijkteam: wijkteam.id },
    users: { Noord: users.professional, Zuid: otherTeamUsers.professional },
    year: options.conversations >= 12,
  })
  const conferences = await seedDemoConferences(db, {
    municipalityId: municipality.id,
    projectId,
    organisations: { wijkteam: wijkteam.id, workAndIncome: werk.id },
    workAndIncomeName: werk.name,
    place,
    users,
    noordParticipantIds: participantIds.Noord,
    weeks: options.conversations >= 12 ? 52 : 1,
    user,
  })
  if (options.conversations >= 12)
    await seedDemoTime(db, {
      projectId,
      wijkteamId: wijkteam.id,
      staff: [
        { userId: users.professional, team: 'Noord' },
        { userId: users.facilitator, team: 'Noord' },
        { userId: otherTeamUsers.professional, team: 'Zuid' },
        { userId: otherTeamUsers.facilitator, team: 'Zuid' },
      ],
      pilotManagerId: users['pilot-manager'],
      controllerId: users.controller,
      seed: options.seed,
    })
  if (options.conversations >= 12)
    await seedDemoPhases(db, {
      projectId,
      organisations: { municipality: gemeente.id, workAndIncome: werk.id, wijkteam: wijkteam.id },
      pilotManagerId: users['pilot-manager'],
    })
  const privacyRequestIds = await seedDemoPrivacy(db, {
    participantIds: participantIds.Zuid,
    officer: users['privacy-officer'],
    full: options.conversations >= 12,
  })
  const findings = await seedDemoFindings(db, {
    projectId,
    organisations: {
      municipality: gemeente.id,
      workAndIncome: werk.id,
      wijkteam: wijkteam.id,
      research: research.id,
    },
    conversationIds,
    researcherId: users.researcher,
    full: options.conversations >= 12,
  })
  const organisations = { municipality: gemeente.id, workAndIncome: werk.id, wijkteam: wijkteam.id }
  const startfotoLink =
    options.conversations >= 12 ? await seedDemoStartfoto(db, { projectId, organisations }) : null
  const analysisId = await seedDemoAnalysis(db, {
    projectId,
    people: options.conversations >= 12 ? 2000 : 300,
    userId: users['pilot-manager'],
  })
  return {
    municipalityId: municipality.id,
    name: municipality.name,
    organisations: {
      municipality: gemeente.id,
      workAndIncome: werk.id,
      wijkteam: wijkteam.id,
      research: research.id,
    },
    projectId,
    participantIds,
    sharedWithNoordId,
    conversationIds,
    privacyRequestIds,
    analysisId,
    users,
    otherTeamUsers,
    followUpId,
    conferences,
    findings,
    startfotoLink,
  }
}

/** Park–Miller minimal standard generator (Park & Miller 1988): enough for demo attributes. */
function lcg(seed: number): () => number {
  let state = seed % 2147483647
  return () => {
    state = (state * 48271) % 2147483647
    return (state - 1) / 2147483646
  }
}

/** True when the database holds no municipality yet (first start). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst()
  return row === undefined
}

/** The demo accounts still present (for the start-up message on later starts). */
export async function findDemoLogins(db: Kysely<Database>): Promise<DemoLogin[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.email',
      'users.name',
      'users.role',
      'users.team',
      'organisations.name as organisation',
    ])
    .where((eb) =>
      eb.or([
        eb('users.email', 'like', '%@voorbeeldstad.example'),
        eb('users.email', 'like', '%@proefdorp.example'),
      ]),
    )
    .where('users.role', 'is not', null)
    .orderBy('users.created_at')
    .execute()
  return rows.map((row) => ({ ...row, role: row.role as Role }))
}
