import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ConsentStatus, ShareBasis } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface ConsentRow {
  readonly id: string
  readonly purpose: string
  readonly partnerOrganisationId: string
  readonly status: ConsentStatus
  readonly date: string
}

export async function addConsent(
  db: Kysely<Database>,
  input: Omit<ConsentRow, 'id'> & {
    readonly participantId: string
    readonly recordedBy: string | null
  },
): Promise<ConsentRow> {
  const id = randomUUID()
  await db
    .insertInto('consents')
    .values({
      id,
      participant_id: input.participantId,
      purpose: input.purpose,
      partner_organisation_id: input.partnerOrganisationId,
      status: input.status,
      date: input.date,
      recorded_by: input.recordedBy,
    })
    .execute()
  return {
    id,
    purpose: input.purpose,
    partnerOrganisationId: input.partnerOrganisationId,
    status: input.status,
    date: input.date,
  }
}

export async function listConsents(
  db: Kysely<Database>,
  participantId: string,
): Promise<ConsentRow[]> {
  return (await db
    .selectFrom('consents')
    .select(['id', 'purpose', 'partner_organisation_id as partnerOrganisationId', 'status', 'date'])
    .where('participant_id', '=', participantId)
    .orderBy('date')
    .orderBy('created_at')
    .execute()) as ConsentRow[]
}

export interface ShareRow {
  readonly id: string
  readonly organisationId: string
  readonly team: string | null
  readonly basis: ShareBasis
  readonly lawArticle: string | null
  readonly consentId: string | null
  readonly scope: string
  readonly purpose: string
  readonly date: string
}

export async function addShare(
  db: Kysely<Database>,
  input: Omit<ShareRow, 'id'> & {
    readonly participantId: string
    readonly createdBy: string | null
  },
): Promise<ShareRow> {
  const id = randomUUID()
  await db
    .insertInto('shares')
    .values({
      id,
      participant_id: input.participantId,
      organisation_id: input.organisationId,
      team: input.team,
      basis: input.basis,
      law_article: input.lawArticle,
      consent_id: input.consentId,
      scope: input.scope,
      purpose: input.purpose,
      date: input.date,
      created_by: input.createdBy,
    })
    .execute()
  const { participantId: _participant, createdBy: _creator, ...share } = input
  return { id, ...share }
}

export async function listShares(db: Kysely<Database>, participantId: string): Promise<ShareRow[]> {
  return (await db
    .selectFrom('shares')
    .select([
      'id',
      'organisation_id as organisationId',
      'team',
      'basis',
      'law_article as lawArticle',
      'consent_id as consentId',
      'scope',
      'purpose',
      'date',
    ])
    .where('participant_id', '=', participantId)
    .orderBy('date')
    .execute()) as ShareRow[]
}
