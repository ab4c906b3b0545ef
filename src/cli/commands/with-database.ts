import { createDbFromEnv, type DatabaseHandle } from '../../db/index.js'

/** Opens the database the environment names, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = createDbFromEnv(process.env)
  try {
    return await work(handle)
  } finally {
    await handle.close()
  }
}

/** An error the CLI maps to exit code 2 (bad input or state). */
export function usageError(message: string): Error & { exitCode: number } {
  return Object.assign(new Error(message), { exitCode: 2 })
}
