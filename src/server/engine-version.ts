import { readFileSync } from 'node:fs'

/**
 * The version of the engine that ran an analysis: the app's release from package.json (the
 * CLI is the same package), so a stored run says which code made its numbers. The file sits
 * two levels above this one both in src/ and in the build (dist/).
 */
export const ENGINE_VERSION = `effectwijzer ${
  (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
  ).version
}`
