import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { isInMemory, prepareDataFolder } from '../data-folder.js'
import type { Database } from '../schema.js'
import { SetupError } from '../setup-error.js'
import { newSecretKey, SecretBox } from './secret-box.js'

const SECRET_KEY_FILE = 'secret.key'

/**
 * The key that seals TOTP secrets: EFFECTWIJZER_SECRET_KEY (32 bytes, base64 or hex; set it
 * when several processes share one PostgreSQL database), else `secret.key` in the data folder,
 * created (0600) the first time it is needed. Neither is in the database or its dump. An
 * in-memory database gets a key as short-lived as itself.
 */
export function openSecretBox(options: {
  readonly envKey: string | undefined
  readonly dataDir: string
}): SecretBox {
  if (options.envKey) return new SecretBox(parseKey(options.envKey, 'EFFECTWIJZER_SECRET_KEY'))
  if (isInMemory(options.dataDir)) return new SecretBox(newSecretKey())
  prepareDataFolder(options.dataDir)
  const path = join(options.dataDir, SECRET_KEY_FILE)
  try {
    writeFileSync(path, `${newSecretKey().toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return new SecretBox(parseKey(readFileSync(path, 'utf8'), path))
}

function parseKey(text: string, source: string): Buffer {
  const value = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : Buffer.from(value, value.includes('+') || value.includes('/') ? 'base64' : 'base64url')
  if (key.length !== 32)
    throw new SetupError({
      nl: `${source} moet 32 bytes bevatten (base64 of 64 hexadecimale tekens), maar bevat er ${key.length}.`,
      en: `${source} must hold 32 bytes (base64 or 64 hex digits), but holds ${key.length}.`,
    })
  return key
}

/**
 * Refuses a key other than the one this database's secrets were sealed with (a lost key file,
 * or another process with its own key): every second factor would fail without saying why.
 * The first key used is remembered by its fingerprint in the settings table.
 */
export async function ensureSecretKeyMatches(db: Kysely<Database>, box: SecretBox): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: 'secret_key_fingerprint', value: box.fingerprint() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'secret_key_fingerprint')
    .executeTakeFirstOrThrow()
  if (row.value !== box.fingerprint())
    throw new SetupError({
      nl: `De geheime sleutel (EFFECTWIJZER_SECRET_KEY of ${SECRET_KEY_FILE} in de datamap) is niet de sleutel waarmee de TOTP-geheimen in deze database versleuteld zijn. Gebruik de oorspronkelijke sleutel.`,
      en: `The secret key (EFFECTWIJZER_SECRET_KEY or ${SECRET_KEY_FILE} in the data folder) is not the key this database's TOTP secrets were encrypted with. Use the original key.`,
    })
}
