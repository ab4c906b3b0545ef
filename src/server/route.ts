import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { Example, Parsed, Responses, RouteContract } from '../contract/index.js'
import { appendAuditEntry, type Database } from '../db/index.js'
import {
  ConflictError,
  ForbiddenError,
  isDomainError,
  NotFoundError,
  toValidationError,
} from '../domain/index.js'
import { type Actor, hasRole, type RoleActor } from './actor.js'
import { NOT_SIGNED_IN, UnauthorisedError } from './http-errors.js'
import { refuseNul } from './input-guard.js'
import { type Language, languageOf } from './language.js'
import { errorResponse, errorStatuses, openApiSchema, successResponse } from './openapi.js'
import { decideAccess, isAudited, type PolicyEntry, policyFor, policyKey } from './policy.js'
import type { AppServices } from './services.js'

/** A handler's answer: a declared status (checked at runtime) and a body its schema accepts. */
export interface RouteResult<R extends Responses> {
  readonly status: number
  readonly body: z.input<R[keyof R & number]>
  readonly headers?: Readonly<Record<string, string>>
  /** Overrides the route's content type for this answer (a download in another format). */
  readonly contentType?: string
  /**
   * Slow output made from this answer once the handler's transaction has ended (a PDF printed
   * from the page in `body`); its answer is sent instead. So the transaction does not hold the
   * database connection (PGlite has only one) while a browser prints.
   */
  readonly finish?: () => Promise<RouteResult<R>>
}

/** What a handler gets: validated input, the actor, the database (a transaction for writes). */
export interface RouteContext<P, Q, B> {
  readonly params: P
  readonly query: Q
  readonly body: B
  /** The signed-in user with a role. Throws 401/403 when used on an `anyone` route without one. */
  readonly actor: RoleActor
  /** The signed-in user or null, for `anyone` and `signed-in` routes. */
  readonly maybeActor: Actor | null
  readonly db: Kysely<Database>
  readonly services: AppServices
  readonly language: Language
  readonly request: FastifyRequest
  readonly reply: FastifyReply
  /** Names the participant an audited route touched (its pseudonym and id). */
  readonly audit: AuditNote
}

export interface AuditNote {
  objectId: string | null
  personPseudonym: string | null
}

/** What the server adds to a contract entry: the handler and how it runs. */
export interface RouteImplementation<P, Q, B, R extends Responses> {
  /**
   * false: the handler gets the plain database instead of one transaction (sign-in, whose
   * failure counter must survive the 401). Never use `services.db` inside a transactional
   * handler: on PGlite that waits for the connection the transaction holds.
   */
  readonly transactional?: false
  /** Requests per minute per IP for this route (login). */
  readonly rateLimitPerMinute?: (services: AppServices) => number
  /** The example, when building it takes what only the server has (a CSV writer, the demo). */
  readonly example?: Example
  readonly handler: (context: RouteContext<P, Q, B>) => Promise<RouteResult<R>>
}

/** A registered route: its contract entry and its implementation. */
export type RouteDefinition<
  PS extends z.ZodType | undefined,
  QS extends z.ZodType | undefined,
  BS extends z.ZodType | undefined,
  R extends Responses,
> = RouteContract<PS, QS, BS, R> & RouteImplementation<Parsed<PS>, Parsed<QS>, Parsed<BS>, R>

// biome-ignore lint/suspicious/noExplicitAny: a registry of routes with differing input types
export type AnyRoute = RouteDefinition<any, any, any, any>

/**
 * The server's side of a contract entry (src/contract): the method, URL, schemas, access and
 * example come from the entry; see src/server/README.md.
 */
export function implement<
  PS extends z.ZodType | undefined,
  QS extends z.ZodType | undefined,
  BS extends z.ZodType | undefined,
  R extends Responses,
>(
  contract: RouteContract<PS, QS, BS, R>,
  implementation: RouteImplementation<Parsed<PS>, Parsed<QS>, Parsed<BS>, R>,
): RouteDefinition<PS, QS, BS, R> {
  return { ...contract, ...implementation }
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * Registers a route: its policy entry must exist (else throws, so the app does not start), its
 * request and response schemas become the OpenAPI document, and every call goes through the
 * same steps — route-level access (401/403), zod validation (400 in the user's language),
 * the handler (in a transaction when it writes or touches participant data), the response
 * schema, and for participant-level data exactly one audit entry.
 */
export function registerRoute(app: FastifyInstance, services: AppServices, route: AnyRoute): void {
  const policy = policyFor(route.method, route.url)
  const key = policyKey(route.method, route.url)
  const responseSchemas: Record<string, unknown> = Object.fromEntries(
    Object.entries(route.response as Responses).map(([status, schema]) => [
      status,
      successResponse(Number(status), schema, route.contentType),
    ]),
  )
  const errors = errorStatuses({
    writes: STATE_CHANGING.has(route.method),
    hasInput: Boolean(route.params || route.query || route.body),
    hasBody: Boolean(route.body),
    hasParams: Boolean(route.params),
    rateLimited: Boolean(route.rateLimitPerMinute),
    policy,
    extra: route.errors ?? [],
  })
  for (const status of errors) responseSchemas[status] = errorResponse(status)
  app.route({
    method: route.method,
    url: route.url,
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    config: {
      policyKey: key,
      ...(route.rateLimitPerMinute
        ? { rateLimit: { max: route.rateLimitPerMinute(services), timeWindow: 60_000 } }
        : {}),
    },
    schema: {
      summary: route.summary,
      tags: [route.url.split('/')[3] ?? 'api'],
      ...(route.params ? { params: openApiSchema(route.params, 'input') } : {}),
      ...(route.query ? { querystring: openApiSchema(route.query, 'input') } : {}),
      ...(route.body ? { body: openApiSchema(route.body, 'input') } : {}),
      response: responseSchemas,
    },
    handler: async (request, reply) => {
      const actor = request.actor
      const note: AuditNote = { objectId: null, personPseudonym: null }
      try {
        const decision = decideAccess(policy, actor)
        if (decision === 'unauthenticated') throw new UnauthorisedError(NOT_SIGNED_IN)
        if (decision === 'forbidden') throw forbidden()
        const params = parse(route.params, request.params, 'params')
        const query = parse(route.query, request.query, 'query')
        const body = parse(route.body, request.body, 'body')
        const run = async (db: Kysely<Database>) => {
          const result = await route.handler({
            params,
            query,
            body,
            get actor() {
              if (!hasRole(actor)) throw actor ? forbidden() : new UnauthorisedError(NOT_SIGNED_IN)
              return actor
            },
            maybeActor: actor,
            db,
            services,
            language: languageOf(request),
            request,
            reply,
            audit: note,
          })
          if (isAudited(policy)) {
            await appendAuditEntry(
              db,
              auditFields(services, request, key, policy, note, actor, true),
            )
          }
          return result
        }
        const transactional =
          route.transactional !== false && (isAudited(policy) || STATE_CHANGING.has(route.method))
        const handled = transactional
          ? await services.db.transaction().execute(run)
          : await run(services.db)
        const result = handled.finish ? await handled.finish() : handled
        const schema = route.response[result.status]
        if (!schema) throw new Error(`${key} answered ${result.status}, which it does not declare`)
        const output = schema.parse(result.body)
        reply.code(result.status)
        if (result.headers) reply.headers(result.headers)
        const type = result.contentType ?? (result.status < 300 ? route.contentType : undefined)
        if (type) reply.type(type)
        return output
      } catch (error) {
        if (isAudited(policy) && isDenial(error)) {
          await services.db
            .transaction()
            .execute((trx) =>
              appendAuditEntry(
                trx,
                auditFields(services, request, key, policy, note, actor, false),
              ),
            )
        }
        throw error
      }
    },
  })
}

function forbidden(): ForbiddenError {
  return new ForbiddenError({
    nl: 'U heeft geen toegang tot deze gegevens.',
    en: 'You do not have access to this data.',
  })
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, part: string): T {
  if (!schema) return undefined as T
  refuseNul(value, part)
  const input = value ?? (part === 'body' ? undefined : {})
  const result = schema.safeParse(input)
  if (!result.success)
    throw toValidationError(result.error, input, (path) => [part, ...path.map(String)].join('.'))
  return result.data
}

/** Refusals that still concern a person's data, so they are audited (409: a refused write). */
function isDenial(error: unknown): boolean {
  return (
    error instanceof UnauthorisedError ||
    (isDomainError(error) &&
      (error instanceof ForbiddenError ||
        error instanceof NotFoundError ||
        error instanceof ConflictError))
  )
}

function auditFields(
  services: AppServices,
  request: FastifyRequest,
  action: string,
  policy: PolicyEntry,
  note: AuditNote,
  actor: Actor | null,
  allowed: boolean,
) {
  return {
    at: services.now().toISOString(),
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorOrganisationId: actor?.organisation?.id ?? null,
    action,
    objectType: policy.object?.kind ?? policy.auditObjectType ?? 'participant',
    objectId: note.objectId,
    personPseudonym: note.personPseudonym,
    purpose: policy.purpose,
    allowed,
    origin: request.ip,
  }
}
