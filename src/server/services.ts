import type { Kysely } from 'kysely'
import type { Database } from '../db/index.js'
import type { OidcClient } from './auth/oidc.js'
import type { ServerConfig } from './config.js'

/** What route handlers share: the database, the configuration, a clock, the OIDC client. */
export interface AppServices {
  readonly db: Kysely<Database>
  readonly config: ServerConfig
  /** The clock (injectable so tests can move past session timeouts). */
  readonly now: () => Date
  /** Present when OIDC is configured. */
  readonly oidc: OidcClient | undefined
  /** Key for the keyed hash (HMAC-SHA256) of a BSN, when one is ever given. */
  readonly pseudonymKey: string
}
