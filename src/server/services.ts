import type { Kysely } from 'kysely'
import type { Database, SecretBox } from '../db/index.js'
import type { PdfRenderer } from '../report/index.js'
import type { OidcClient } from './auth/oidc.js'
import type { BackgroundTasks } from './background.js'
import type { ServerConfig } from './config.js'
import type { ReportWorkers } from './workers/index.js'

/**
 * What route handlers share: the database, the configuration, a clock, the OIDC client, and
 * the two places heavy work goes so the request thread never blocks (worker threads for
 * calculations and report pages, one browser for PDFs). One of each per app, closed with it.
 */
export interface AppServices {
  readonly db: Kysely<Database>
  readonly config: ServerConfig
  /** The clock (injectable so tests can move past session timeouts). */
  readonly now: () => Date
  /** Present when OIDC is configured. */
  readonly oidc: OidcClient | undefined
  /** Key for the keyed hash (HMAC-SHA256) of a BSN, when one is ever given. */
  readonly pseudonymKey: string
  /** Seals and opens the TOTP secrets kept in the database (the key is not in it). */
  readonly secretBox: SecretBox
  /** Worker threads (piscina) for Monte Carlo runs and the report pages built from them. */
  readonly workers: ReportWorkers
  /** The one Chromium that prints PDFs, behind a bounded queue. */
  readonly pdf: PdfRenderer
  /** Runs a request started without waiting (effect analyses), awaited when the app closes. */
  readonly background: BackgroundTasks
}
