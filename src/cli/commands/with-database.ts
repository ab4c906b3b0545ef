import {
  createDbFromEnv,
  type DatabaseHandle,
  ensureSecretKeyMatches,
  openSecretBox,
  type SecretBox,
} from '../../db/index.js'

/** Opens the database the environment names, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = createDbFromEnv(process.env)
  try {
    return await work(handle)
  } finally {
    await handle.close()
  }
}

/** The data folder the environment names (EFFECTWIJZER_DATA_DIR, default ./data). */
export function dataDirFromEnv(): string {
  return process.env.EFFECTWIJZER_DATA_DIR || './data'
}

/**
 * The key that seals TOTP secrets, as the server finds it (EFFECTWIJZER_SECRET_KEY or the data
 * folder's secret.key), for commands that seal or open one.
 */
export function secretBoxFromEnv(): SecretBox {
  return openSecretBox({ envKey: process.env.EFFECTWIJZER_SECRET_KEY, dataDir: dataDirFromEnv() })
}

/** Like secretBoxFromEnv, and refuses a key other than the one the database's secrets use. */
export async function checkedSecretBox(handle: DatabaseHandle): Promise<SecretBox> {
  const box = secretBoxFromEnv()
  await ensureSecretKeyMatches(handle.db, box)
  return box
}

/** An error the CLI maps to exit code 2 (bad input or state). */
export function usageError(message: string): Error & { exitCode: number } {
  return Object.assign(new Error(message), { exitCode: 2 })
}
