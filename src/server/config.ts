import { auditCheckpointFile, poolSizeFromEnv } from '../db/index.js'
import { passwordSchema } from '../domain/index.js'

/** Everything the server reads from the environment, in one place (the README lists it). */
export interface ServerConfig {
  /** PORT, default 3000. */
  readonly port: number
  /** HOST, default 127.0.0.1 (set 0.0.0.0 in a container). */
  readonly host: string
  /** DATABASE_URL: a PostgreSQL server; when absent, PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined
  /** EFFECTWIJZER_DB_POOL_SIZE: connections to the PostgreSQL server, default 10. */
  readonly dbPoolSize: number
  /** EFFECTWIJZER_DATA_DIR, default `./data`: the embedded database, secret.key, demo-accounts.txt. */
  readonly dataDir: string
  /**
   * EFFECTWIJZER_DEMO: `1` loads the fictional demo into an empty database (also on PostgreSQL),
   * `0` never; unset loads it only into an empty embedded database (`npm start`).
   */
  readonly demo: boolean | undefined
  /** EFFECTWIJZER_DEMO_PASSWORD: one password for every demo account (scripted demos, tests). */
  readonly demoPassword: string | undefined
  /** EFFECTWIJZER_SECRET_KEY: the key that seals TOTP secrets; default `secret.key` in the data folder. */
  readonly secretKey: string | undefined
  /**
   * EFFECTWIJZER_AUDIT_CHECKPOINTS: the file the audit chain's sealed checkpoints are appended
   * to, default `audit-checkpoints.jsonl` in the data folder (none for an in-memory database).
   * Put it where the database's users cannot write (another disk, an append-only mount).
   */
  readonly auditCheckpointFile: string | undefined
  /** EFFECTWIJZER_WEB_DIR: the built web app, default `dist/web`. */
  readonly webDir: string
  /**
   * EFFECTWIJZER_INSECURE_COOKIE=1 drops the Secure flag. Only for plain-http development on
   * a host other than localhost: browsers already accept Secure cookies on http://localhost.
   */
  readonly cookieSecure: boolean
  /** EFFECTWIJZER_TRUST_PROXY=1 when behind a reverse proxy (client IP from X-Forwarded-For). */
  readonly trustProxy: boolean
  /** EFFECTWIJZER_LOGIN_RATE_LIMIT: sign-in attempts per IP per minute, default 10. */
  readonly loginAttemptsPerMinute: number
  /**
   * EFFECTWIJZER_STARTFOTO_RATE_LIMIT: answers per startfoto link per hour, default 200 (a
   * partner's whole staff answering in one meeting fits; a script flooding a link does not).
   */
  readonly startfotoAnswersPerHour: number
  /** LOG_LEVEL, default info. */
  readonly logLevel: string
  /**
   * Who answers questions about this API (the OpenAPI document's `info.contact`, required by
   * the NLGov API design rules): EFFECTWIJZER_API_CONTACT_NAME, _EMAIL and _URL. The defaults
   * are placeholders; a municipality running the app sets its own service desk.
   */
  readonly apiContact: { readonly name: string; readonly email: string; readonly url: string }
  /** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI: all four or none. */
  readonly oidc: OidcConfig | undefined
}

export interface OidcConfig {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  readonly redirectUri: string
  /** OIDC_ALLOW_HTTP=1: accept an http:// issuer (a local test provider only, never production). */
  readonly allowHttp: boolean
  /**
   * EFFECTWIJZER_OIDC_MFA_ACR: the ID token's `acr` that the identity provider gives a sign-in
   * with a second factor, for providers that say so in `acr` rather than in `amr`.
   */
  readonly mfaAcr?: string | undefined
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const oidcValues = [
    env.OIDC_ISSUER,
    env.OIDC_CLIENT_ID,
    env.OIDC_CLIENT_SECRET,
    env.OIDC_REDIRECT_URI,
  ]
  const oidcSet = oidcValues.filter((value) => value !== undefined && value !== '').length
  const dataDir = env.EFFECTWIJZER_DATA_DIR || './data'
  if (oidcSet > 0 && oidcSet < 4) {
    throw new Error(
      'OIDC needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI',
    )
  }
  return {
    port: toInteger(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dbPoolSize: poolSizeFromEnv(env),
    dataDir,
    demo: toSwitch(env.EFFECTWIJZER_DEMO, 'EFFECTWIJZER_DEMO'),
    demoPassword: toDemoPassword(env.EFFECTWIJZER_DEMO_PASSWORD),
    secretKey: env.EFFECTWIJZER_SECRET_KEY || undefined,
    auditCheckpointFile: auditCheckpointFile(env.EFFECTWIJZER_AUDIT_CHECKPOINTS, dataDir),
    webDir: env.EFFECTWIJZER_WEB_DIR || 'dist/web',
    cookieSecure: env.EFFECTWIJZER_INSECURE_COOKIE !== '1',
    trustProxy: env.EFFECTWIJZER_TRUST_PROXY === '1',
    loginAttemptsPerMinute: toInteger(
      env.EFFECTWIJZER_LOGIN_RATE_LIMIT,
      10,
      'EFFECTWIJZER_LOGIN_RATE_LIMIT',
    ),
    startfotoAnswersPerHour: toInteger(
      env.EFFECTWIJZER_STARTFOTO_RATE_LIMIT,
      200,
      'EFFECTWIJZER_STARTFOTO_RATE_LIMIT',
    ),
    logLevel: env.LOG_LEVEL || 'info',
    apiContact: {
      name: env.EFFECTWIJZER_API_CONTACT_NAME || 'Effectwijzer functioneel beheer',
      email: env.EFFECTWIJZER_API_CONTACT_EMAIL || 'beheer@effectwijzer.example',
      url: env.EFFECTWIJZER_API_CONTACT_URL || 'https://effectwijzer.example/contact',
    },
    oidc:
      oidcSet === 4
        ? {
            issuer: env.OIDC_ISSUER as string,
            clientId: env.OIDC_CLIENT_ID as string,
            clientSecret: env.OIDC_CLIENT_SECRET as string,
            redirectUri: env.OIDC_REDIRECT_URI as string,
            allowHttp: env.OIDC_ALLOW_HTTP === '1',
            mfaAcr: env.EFFECTWIJZER_OIDC_MFA_ACR || undefined,
          }
        : undefined,
  }
}

function toInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`)
  return parsed
}

function toSwitch(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === '') return undefined
  if (value === '1' || value === '0') return value === '1'
  throw new Error(`${name} must be 1 or 0, got "${value}"`)
}

function toDemoPassword(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!passwordSchema.safeParse(value).success)
    throw new Error('EFFECTWIJZER_DEMO_PASSWORD needs at least 12 characters')
  return value
}
