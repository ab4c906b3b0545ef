import { randomUUID } from 'node:crypto'
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database, SecretBox } from '../db/index.js'
import { createPdfRenderer, type PdfRenderer } from '../report/index.js'
import { createOidcClient, type OidcDiscovery } from './auth/oidc.js'
import { databaseRateLimitStore } from './auth/rate-limit-store.js'
import { registerSessionHooks } from './auth/session.js'
import { createBackgroundTasks } from './background.js'
import type { ServerConfig } from './config.js'
import { handleError } from './errors.js'
import { retryInSeconds } from './http-errors.js'
import { registerNoStore } from './input-guard.js'
import {
  API_VERSION,
  API_VERSION_HEADER,
  BODY_LIMIT_BYTES,
  MAX_PARAM_LENGTH,
  sharedSchemas,
  swaggerOptions,
} from './openapi.js'
import { POLICY } from './policy.js'
import { scheduleAuditSealing } from './privacy/audit-sealing-schedule.js'
import { scheduleRetentionChecks } from './privacy/retention-schedule.js'
import { type AnyRoute, registerRoute } from './route.js'
import { ROUTES } from './routes/index.js'
import type { AppServices } from './services.js'
import { registerWebApp } from './web.js'
import { createReportWorkers, type ReportWorkers } from './workers/index.js'

export interface BuildAppOptions {
  readonly db: Kysely<Database>
  readonly config: ServerConfig
  /** HMAC key for BSNs (see main.ts: kept in the database settings unless set in the environment). */
  readonly pseudonymKey: string
  /** Seals and opens stored TOTP secrets (start.ts: EFFECTWIJZER_SECRET_KEY or the data folder's key). */
  readonly secretBox: SecretBox
  /** The clock; tests pass their own to step past session timeouts. */
  readonly now?: () => Date
  /** Replaces OIDC discovery (tests: an in-process oidc-provider over http). */
  readonly oidcDiscovery?: OidcDiscovery
  /** Where the JSON log goes (default stdout); tests capture it to check for personal data. */
  readonly logStream?: NodeJS.WritableStream
  /** Worker threads for heavy work (default: a pool of its own, closed with the app). */
  readonly workers?: ReportWorkers
  /** The PDF printer (default: one of its own, two at once, eight waiting, closed with the app). */
  readonly pdf?: PdfRenderer
  /** Run the daily retention check (privacy/retention-schedule.ts): the real server does. */
  readonly retentionChecks?: boolean
  /**
   * Chain audit entries in the background and seal checkpoints (privacy/audit-sealing-schedule.ts):
   * the real server does; tests seal when they verify.
   */
  readonly auditSealing?: boolean
  /** Extra routes (tests only); each still needs a policy entry. */
  readonly extraRoutes?: readonly AnyRoute[]
}

/** Paths in logs are route patterns, never URLs with ids or search terms. */
const LOG_SERIALIZERS = {
  req: (request: FastifyRequest) => ({
    id: request.id,
    method: request.method,
    route: request.routeOptions?.url ?? '(no route)',
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
}

/**
 * Builds the whole HTTP application without listening (tests call `app.inject`). Fails when a
 * registered API route has no policy entry.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: LOG_SERIALIZERS,
      redact: {
        paths: ['req.headers', 'res.headers', 'headers', 'body', 'query', 'params'],
        censor: '[redacted]',
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    exposeHeadRoutes: false,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // a URL the router cannot read (bad escapes, an over-long id) fails before any hook runs
    frameworkErrors: (error, request, reply) => {
      reply.header(API_VERSION_HEADER, API_VERSION)
      handleError(error, request, reply)
    },
  })
  const services: AppServices = {
    db: options.db,
    config,
    now: options.now ?? (() => new Date()),
    oidc: config.oidc ? createOidcClient(config.oidc, options.oidcDiscovery) : undefined,
    pseudonymKey: options.pseudonymKey,
    secretBox: options.secretBox,
    workers: options.workers ?? createReportWorkers(),
    pdf: options.pdf ?? createPdfRenderer(),
    background: createBackgroundTasks(),
  }
  // What the app made, it closes; what it was given, its giver closes.
  app.addHook('onClose', async () => {
    await Promise.all([
      options.workers ? undefined : services.workers.close(),
      options.pdf ? undefined : services.pdf.close(),
    ])
    // a run whose worker the close ended still records that it failed
    await services.background.settled()
  })

  // first hook, so that every answer carries it: errors, 404s, rate-limit refusals, static files
  app.addHook('onRequest', async (_request, reply) => {
    reply.header(API_VERSION_HEADER, API_VERSION)
  })
  // zod validates (route.ts); the JSON schemas only document. Responses are already parsed by zod.
  app.setValidatorCompiler(() => (data) => ({ value: data }))
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))
  app.setErrorHandler(handleError)

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) {
      if (!POLICY[`${method} ${route.url}`]) {
        throw new Error(
          `route ${method} ${route.url} has no entry in the authorization policy (src/server/policy.ts)`,
        )
      }
    }
  })

  await app.register(cookie)
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  })
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(services),
    // thrown, so the error mapper answers it as a problem detail like every other error
    errorResponseBuilder: (_request, context) => retryInSeconds(context.ttl),
  })
  for (const schema of sharedSchemas()) app.addSchema(schema)
  await app.register(swagger, swaggerOptions(config))
  registerNoStore(app)
  registerSessionHooks(app, services)

  for (const route of [...ROUTES, ...(options.extraRoutes ?? [])])
    registerRoute(app, services, route)
  // before any other background work: a checkpoint file it cannot write stops the start here
  if (options.auditSealing) {
    const sealing = scheduleAuditSealing(services, config.auditCheckpointFile, (error) =>
      app.log.error({ err: error }, 'sealing the audit chain failed'),
    )
    app.addHook('onClose', async () => sealing.stop())
  }
  if (options.retentionChecks) {
    const schedule = scheduleRetentionChecks(services, (error) =>
      app.log.error({ err: error }, 'retention check failed'),
    )
    app.addHook('onClose', async () => schedule.stop())
  }
  await registerWebApp(app, config.webDir)
  return app
}

/** The routes the app registers (for tests that walk every route). */
export function registeredRoutes(extra: readonly AnyRoute[] = []): readonly AnyRoute[] {
  return [...ROUTES, ...extra]
}
