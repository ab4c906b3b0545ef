import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  capacityConferences,
  capacityContracts,
  capacityEnrolments,
  capacityVacancies,
  type Database,
  findCapacityThreshold,
  firstContacts,
  listOrganisations,
  listPhaseHistory,
  listProjectTimeEntries,
  listUserContracts,
  listVacancies,
  type ProjectRow,
  replaceUserContracts,
  replaceVacancies,
  saveCapacityThreshold,
} from '../../db/index.js'
import {
  type CapacityResponse,
  computeCapacity,
  DEFAULT_MAX_CASES_PER_FTE,
  FULL_TIME_HOURS,
  monthsBetween,
  NotFoundError,
  todayInAmsterdam,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'
import { ownOrganisation, ownUser, USER_NOT_FOUND } from './municipality-scope.js'
import { ownProject } from './project-scope.js'

/** The monitor of a project: its teams from its cases, entries, and staff of its organisations. */
export async function capacityOf(
  db: Kysely<Database>,
  actor: RoleActor,
  project: ProjectRow,
  today: string,
): Promise<CapacityResponse> {
  const organisations = await listOrganisations(db, actor.municipality.id)
  const enrolments = await capacityEnrolments(db, project.id)
  const entries = await listProjectTimeEntries(db, project.id)
  // staff counts for the organisations whose cases or hours the project has
  const involved = [
    ...new Set([
      ...enrolments.map((e) => e.organisationId),
      ...entries.map((e) => e.organisationId),
    ]),
  ]
  const first = await firstContacts(db, project.id)
  const end = project.periodEnd !== null && project.periodEnd < today ? project.periodEnd : today
  const maxCasesPerFte = (await findCapacityThreshold(db, project.id)) ?? DEFAULT_MAX_CASES_PER_FTE
  const teams = computeCapacity({
    months: monthsBetween(project.periodStart, end),
    contracts: await capacityContracts(db, involved),
    vacancies: await capacityVacancies(db, involved),
    enrolments: enrolments.map((e) => ({ ...e, firstContact: first.get(e.participantId) ?? null })),
    entries,
    conferences: await capacityConferences(db, project.id, today),
    maxCasesPerFte,
  })
  const names = new Map(organisations.map((o) => [o.id, o.name]))
  return {
    maxCasesPerFte,
    fullTimeHours: FULL_TIME_HOURS,
    teams: teams.map((t) => ({ ...t, organisationName: names.get(t.organisationId) ?? '' })),
    phaseChanges: (await listPhaseHistory(db, project.id)).map((p) => ({
      phase: p.phase,
      date: p.date,
    })),
  }
}

export const capacityRoute = implement(contract.capacity.monitor, {
  handler: async ({ actor, db, params, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return {
      status: 200,
      body: await capacityOf(db, actor, project, todayInAmsterdam(services.now())),
    }
  },
})

export const setCapacityThresholdRoute = implement(contract.capacity.setThreshold, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    await saveCapacityThreshold(db, project.id, body.maxCasesPerFte)
    return {
      status: 200,
      body: await capacityOf(db, actor, project, todayInAmsterdam(services.now())),
    }
  },
})

/** A user of the administrator's municipality who belongs to an organisation; else 404. */
async function staffMember(db: Kysely<Database>, actor: RoleActor, id: string) {
  const user = await ownUser(db, actor, id)
  if (user.organisationId === null) throw new NotFoundError(USER_NOT_FOUND)
  return { id: user.id, organisationId: user.organisationId, team: user.team }
}

export const userContractsRoute = implement(contract.capacity.contracts, {
  handler: async ({ actor, db, params }) => {
    const user = await staffMember(db, actor, params.id)
    return {
      status: 200,
      body: { userId: user.id, contracts: await listUserContracts(db, user.id) },
    }
  },
})

export const setUserContractsRoute = implement(contract.capacity.setContracts, {
  handler: async ({ actor, db, params, body }) => {
    const user = await staffMember(db, actor, params.id)
    await replaceUserContracts(db, user, body.contracts)
    return {
      status: 200,
      body: { userId: user.id, contracts: await listUserContracts(db, user.id) },
    }
  },
})

export const vacanciesRoute = implement(contract.capacity.vacancies, {
  handler: async ({ actor, db, params }) => {
    const organisation = await ownOrganisation(db, actor, params.id)
    return {
      status: 200,
      body: {
        organisationId: organisation.id,
        vacancies: await listVacancies(db, organisation.id),
      },
    }
  },
})

export const setVacanciesRoute = implement(contract.capacity.setVacancies, {
  handler: async ({ actor, db, params, body }) => {
    const organisation = await ownOrganisation(db, actor, params.id)
    await replaceVacancies(db, organisation.id, body.vacancies)
    return {
      status: 200,
      body: {
        organisationId: organisation.id,
        vacancies: await listVacancies(db, organisation.id),
      },
    }
  },
})

export const CAPACITY_ROUTES = [
  capacityRoute,
  setCapacityThresholdRoute,
  userContractsRoute,
  setUserContractsRoute,
  vacanciesRoute,
  setVacanciesRoute,
]
