import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import {
  formatIssue,
  isDomainError,
  type LocalisedMessage,
  type Problem,
  type ProblemCode,
} from '../domain/index.js'
import { PdfQueueFullError } from '../report/index.js'
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DatabaseUnavailableError,
  RateLimitedError,
  UnauthorisedError,
} from './http-errors.js'
import { type Language, languageOf } from './language.js'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Seconds a client is asked to wait before asking for a PDF again when the queue was full. */
const PDF_RETRY_AFTER_SECONDS = 30

/**
 * Problem types are tag URIs (RFC 4151): RFC 9457 allows a `type` that is not a locator, and
 * we have no documentation site to point a https URI at.
 */
export function problemType(code: ProblemCode): string {
  return `tag:effectwijzer,2026:problem:${code}`
}

/** Each problem type's title (RFC 9457: the same for every occurrence, localised). */
const TITLES: Readonly<Record<ProblemCode, LocalisedMessage>> = {
  validation: { nl: 'Ongeldige invoer', en: 'Invalid input' },
  unauthorised: { nl: 'Niet aangemeld', en: 'Not authenticated' },
  forbidden: { nl: 'Geen toegang', en: 'Forbidden' },
  'not-found': { nl: 'Niet gevonden', en: 'Not found' },
  conflict: { nl: 'Conflict met de huidige toestand', en: 'Conflict with the current state' },
  'too-large': { nl: 'Verzoek te groot', en: 'Request too large' },
  'unsupported-media-type': { nl: 'Formaat niet ondersteund', en: 'Unsupported media type' },
  'rate-limited': { nl: 'Te veel verzoeken', en: 'Too many requests' },
  unavailable: { nl: 'Tijdelijk niet beschikbaar', en: 'Temporarily unavailable' },
  internal: { nl: 'Interne fout', en: 'Internal error' },
}

const STATUS_OF = { validation: 400, forbidden: 403, 'not-found': 404, conflict: 409 } as const

/** Fastify's own 4xx (unreadable body, body limit, content type) by status. */
const FASTIFY_CODE_OF: Readonly<Record<number, ProblemCode>> = {
  413: 'too-large',
  415: 'unsupported-media-type',
}

const INTERNAL: LocalisedMessage = {
  nl: 'Er ging iets mis aan onze kant. Noem deze code als u contact opneemt.',
  en: 'Something went wrong on our side. Quote this code when you contact us.',
}
const UNREADABLE: LocalisedMessage = {
  nl: 'Het verzoek kon niet worden gelezen',
  en: 'The request could not be read',
}

/** The problem detail of one failed request, in the user's language. */
export function problemFor(
  request: FastifyRequest,
  status: number,
  code: ProblemCode,
  detail: LocalisedMessage,
  issues?: Problem['issues'],
): Problem {
  const language = languageOf(request)
  return {
    type: problemType(code),
    title: TITLES[code][language],
    status,
    detail: detail[language],
    instance: `urn:uuid:${request.id}`,
    code,
    correlationId: request.id,
    ...(issues ? { issues } : {}),
  }
}

function sendProblem(reply: FastifyReply, problem: Problem, language: Language) {
  return reply
    .code(problem.status)
    .type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .header('content-language', language)
    .send(problem)
}

/**
 * The one error mapper. Known errors become their status with a message in the user's
 * language; anything else is logged (message and stack, never the request) and answered with a
 * generic 500 and the correlation id — never a stack trace or SQL.
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const language = languageOf(request)
  const send = (
    status: number,
    code: ProblemCode,
    message: LocalisedMessage,
    issues?: Problem['issues'],
  ) => sendProblem(reply, problemFor(request, status, code, message, issues), language)

  if (isDomainError(error)) {
    const issues =
      error.code === 'validation'
        ? error.issues.map((issue) => ({
            ...(issue.row !== undefined ? { row: issue.row } : {}),
            ...(issue.column !== undefined ? { column: issue.column } : {}),
            ...(issue.field !== undefined ? { field: issue.field } : {}),
            message: formatIssue({ message: issue.message }, language),
          }))
        : undefined
    return send(STATUS_OF[error.code], error.code, error.localised, issues)
  }
  if (error instanceof UnauthorisedError) return send(401, 'unauthorised', error.localised)
  if (error instanceof RateLimitedError) return send(429, 'rate-limited', error.localised)
  if (error instanceof DatabaseUnavailableError) {
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
    return send(503, 'unavailable', error.localised)
  }
  if (error instanceof PdfQueueFullError) {
    reply.header('retry-after', String(PDF_RETRY_AFTER_SECONDS))
    return send(503, 'unavailable', error.localised)
  }
  const status = (error as Partial<FastifyError>).statusCode
  if (status === 429) return send(429, 'rate-limited', new RateLimitedError().localised)
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (error as FastifyError).code ?? 'FST_ERR'
    return send(status, FASTIFY_CODE_OF[status] ?? 'validation', {
      nl: `${UNREADABLE.nl} (${code}).`,
      en: `${UNREADABLE.en} (${code}).`,
    })
  }
  const pgCode = (error as { code?: unknown }).code
  if (pgCode === '23505') {
    return send(409, 'conflict', { nl: 'Dit bestaat al.', en: 'This already exists.' })
  }
  if (pgCode === '23503' || pgCode === '22P02' || pgCode === '23514') {
    return send(400, 'validation', {
      nl: 'Ongeldige verwijzing of waarde.',
      en: 'Invalid reference or value.',
    })
  }
  request.log.error({ err: safeError(error) }, 'unhandled error')
  return send(500, 'internal', INTERNAL)
}

/** Message, name, code and stack only: database errors' `detail` can quote row values. */
function safeError(error: unknown) {
  if (!(error instanceof Error)) return { message: 'non-Error thrown' }
  return {
    name: error.name,
    message: error.message,
    code: (error as { code?: unknown }).code,
    stack: error.stack,
  }
}
