import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import { isSealed, type SecretBox } from '../credentials/secret-box.js'
import type { Database } from '../schema.js'
import { SetupError } from '../setup-error.js'

/**
 * TOTP secrets were stored in clear; from here on they are sealed with the secret key
 * (credentials/secret-key.ts). This migration seals the ones already there, so it needs the
 * key when there are any; a database without plain secrets (every new one) migrates without.
 */
export function sealTotpSecretsMigration(box: SecretBox | undefined): Migration {
  return { up: (db) => sealPlainTotpSecrets(db as Kysely<Database>, box).then(() => undefined) }
}

/** Seals every TOTP secret still in clear (also those a restored older dump brings); returns how many. */
export async function sealPlainTotpSecrets(
  db: Kysely<Database>,
  box: SecretBox | undefined,
): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .execute()
  const plain = rows.filter((row) => row.totp_secret !== null && !isSealed(row.totp_secret))
  if (plain.length === 0) return 0
  if (!box)
    throw new SetupError({
      nl: 'De TOTP-geheimen in deze database moeten versleuteld worden, maar er is geen geheime sleutel opgegeven.',
      en: "This database's TOTP secrets need encrypting, but no secret key was given.",
    })
  for (const row of plain)
    await db
      .updateTable('users')
      .set({ totp_secret: box.seal(row.totp_secret as string) })
      .where('id', '=', row.id)
      .execute()
  return plain.length
}
