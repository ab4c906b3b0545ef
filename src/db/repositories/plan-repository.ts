import type { Kysely } from 'kysely'
import { ConflictError, type Plan } from '../../domain/index.js'
import type { Database } from '../schema.js'

export interface PlanVersionRow {
  readonly version: number
  readonly plan: Plan
  readonly savedAt: string
  readonly savedBy: { readonly id: string; readonly name: string } | null
}

const versions = (db: Kysely<Database>, participantId: string) =>
  db
    .selectFrom('plan_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.plan', 'v.saved_at', 'u.id as userId', 'u.name'])
    .where('v.participant_id', '=', participantId)

const toRow = (r: {
  version: number
  plan: unknown
  saved_at: Date
  userId: string | null
  name: string | null
}): PlanVersionRow => ({
  version: r.version,
  plan: r.plan as Plan,
  savedAt: new Date(r.saved_at).toISOString(),
  savedBy: r.userId === null || r.name === null ? null : { id: r.userId, name: r.name },
})

/** The participant's latest plan version, or undefined before the first save. */
export async function findPlan(
  db: Kysely<Database>,
  participantId: string,
): Promise<PlanVersionRow | undefined> {
  const row = await versions(db, participantId)
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row && toRow(row)
}

/** Every version of the participant's plan, oldest first. */
export async function listPlanVersions(
  db: Kysely<Database>,
  participantId: string,
): Promise<PlanVersionRow[]> {
  return (await versions(db, participantId).orderBy('v.version').execute()).map(toRow)
}

/**
 * Saves the plan as the next version, in the caller's transaction. The participant's row is
 * locked first, so two saves at once are taken one after the other; a save that did not start
 * from the latest version is refused (409) rather than overwrite what someone else wrote.
 */
export async function savePlan(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly plan: Plan
    readonly basedOnVersion: number
    readonly userId: string | null
    readonly at: Date
  },
): Promise<number> {
  await db
    .selectFrom('participants')
    .select('id')
    .where('id', '=', input.participantId)
    .forUpdate()
    .execute()
  const latest = (await findPlan(db, input.participantId))?.version ?? 0
  if (latest !== input.basedOnVersion)
    throw new ConflictError({
      nl: `Het plan is intussen gewijzigd (nu versie ${latest}). Laad het opnieuw en breng uw wijziging daarin aan.`,
      en: `The plan has changed meanwhile (now version ${latest}). Reload it and make your change there.`,
    })
  const version = latest + 1
  await db
    .insertInto('plan_versions')
    .values({
      participant_id: input.participantId,
      version,
      plan: JSON.stringify(input.plan),
      saved_at: input.at,
      saved_by: input.userId,
    })
    .execute()
  return version
}
