import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger'
import { z } from 'zod'
import type { ErrorStatus } from '../contract/index.js'
import { problemSchema } from '../domain/index.js'
import type { ServerConfig } from './config.js'
import { PROBLEM_CONTENT_TYPE } from './errors.js'
import type { PolicyEntry } from './policy.js'

/**
 * The full version of the HTTP API (semver). Sent as the `API-Version` header on every answer
 * (NLGov API design rule /core/version-header); its major is the `/v1` in every route's URL.
 */
export const API_VERSION = '1.0.0'
export const API_VERSION_HEADER = 'API-Version'
export const API_BASE_PATH = `/api/v${API_VERSION.split('.')[0]}`

/** The request limits the app enforces (app.ts) and the document states. */
export const BODY_LIMIT_BYTES = 1024 * 1024
export const MAX_PARAM_LENGTH = 200

/** The id under which the problem schema is shared (components/schemas/Problem). */
const PROBLEM_SCHEMA_ID = 'Problem'

/**
 * The OpenAPI 3.0 Schema Object of a zod schema. The 3.0 target (not zod's default JSON Schema
 * 2020-12) writes boolean `exclusiveMinimum`, `nullable` and no `propertyNames`, which 3.0 lacks.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return rest
}

/** The shared schemas the route documents refer to, for `app.addSchema`. */
export function sharedSchemas(): readonly Record<string, unknown>[] {
  return [{ $id: PROBLEM_SCHEMA_ID, ...openApiSchema(problemSchema, 'output') }]
}

/** The @fastify/swagger options: who to contact, and the server URL with the major version. */
export function swaggerOptions(config: ServerConfig): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Effectwijzer API',
        version: API_VERSION,
        description:
          'Errors are RFC 9457 problem details (application/problem+json), with the message in the language of Accept-Language (nl, en).',
        contact: { ...config.apiContact },
      },
      // relative: each municipality serves the API on its own host
      servers: [{ url: API_BASE_PATH }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ew_session' } },
      },
    },
    // shared schemas keep their $id as the component name instead of def-0
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? i) },
  }
}

const VERSION_HEADER_DOC = {
  [API_VERSION_HEADER]: {
    type: 'string',
    example: API_VERSION,
    description: 'The full version of this API (semver)',
  },
}

/** What a route can answer besides its own: the error statuses it can produce. */
export interface ErrorSources {
  /** POST, PATCH, PUT or DELETE: CSRF-checked, may conflict. */
  readonly writes: boolean
  readonly hasInput: boolean
  /** Path parameters: the router refuses one longer than its limit with 414. */
  readonly hasParams: boolean
  readonly hasBody: boolean
  readonly rateLimited: boolean
  readonly policy: PolicyEntry
  /** Statuses the handler itself raises beyond those the shape of the route implies. */
  readonly extra: readonly ErrorStatus[]
}

const ERROR_DESCRIPTIONS: Readonly<Record<ErrorStatus, string>> = {
  400: 'Invalid input: the issues name each field',
  401: 'Not signed in (or the sign-in failed)',
  403: 'No access for this role or to this object, or a missing CSRF token',
  404: 'Not found, or in another municipality',
  409: 'Conflicts with the current state',
  413: `The body is larger than ${BODY_LIMIT_BYTES} bytes`,
  414: `A path parameter is longer than ${MAX_PARAM_LENGTH} characters`,
  415: 'The content type is not supported',
  429: 'Too many requests: try again later',
  500: 'Something went wrong on our side: quote the correlation id',
  503: 'Busy (the PDF queue is full): try again after Retry-After seconds',
}

/**
 * The error statuses a route can answer, derived from what the route layer does: validation
 * when there is input, 401/403 from the policy (and the CSRF check on writes), 404 for an
 * addressed object, 409 for writes, the body limit and content type for bodies, the path
 * parameter limit, 429 for rate limits, and 500 always.
 */
export function errorStatuses(sources: ErrorSources): readonly ErrorStatus[] {
  const { policy, writes } = sources
  const statuses = new Set<ErrorStatus>(sources.extra)
  if (sources.hasInput || writes) statuses.add(400)
  if (policy.allow !== 'anyone') statuses.add(401)
  if (Array.isArray(policy.allow) || writes) statuses.add(403)
  if (policy.object) statuses.add(404)
  if (writes) statuses.add(409)
  if (sources.hasBody) {
    statuses.add(413)
    statuses.add(415)
  }
  if (sources.hasParams) statuses.add(414)
  if (sources.rateLimited) statuses.add(429)
  statuses.add(500)
  return [...statuses].sort((a, b) => a - b)
}

/**
 * One documented answer: a JSON body, a body of another content type, or none (204, 302);
 * every answer declares the API-Version header.
 */
export function successResponse(
  status: number,
  schema: z.ZodType,
  contentType: string | undefined,
): Record<string, unknown> {
  const description = status === 204 ? 'No content' : status < 300 ? 'OK' : 'Redirect'
  if (schema instanceof z.ZodNull) return { type: 'null', description, headers: VERSION_HEADER_DOC }
  const content = contentType
    ? { [contentType]: { schema: { type: 'string' } } }
    : { 'application/json': { schema: openApiSchema(schema, 'output') } }
  return { description, headers: VERSION_HEADER_DOC, content }
}

export function errorResponse(status: ErrorStatus): Record<string, unknown> {
  return {
    description: ERROR_DESCRIPTIONS[status],
    headers: VERSION_HEADER_DOC,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `${PROBLEM_SCHEMA_ID}#` } } },
  }
}
