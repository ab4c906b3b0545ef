import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { formatIssue, isDomainError, type LocalisedMessage } from '../domain/index.js'
import { RateLimitedError, UnauthorisedError } from './http-errors.js'
import { languageOf } from './language.js'

const STATUS_OF = { validation: 400, forbidden: 403, 'not-found': 404, conflict: 409 } as const

const INTERNAL: LocalisedMessage = {
  nl: 'Er ging iets mis aan onze kant. Noem deze code als u contact opneemt.',
  en: 'Something went wrong on our side. Quote this code when you contact us.',
}
const UNREADABLE: LocalisedMessage = {
  nl: 'Het verzoek kon niet worden gelezen',
  en: 'The request could not be read',
}

/**
 * The one error mapper. Known errors become their status with a message in the user's
 * language; anything else is logged (message and stack, never the request) and answered with a
 * generic 500 and the correlation id — never a stack trace or SQL.
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const language = languageOf(request)
  const correlationId = request.id
  const send = (status: number, code: string, message: LocalisedMessage, issues?: unknown[]) =>
    reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({
        error: { code, message: message[language], ...(issues ? { issues } : {}), correlationId },
      })

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
  if (error instanceof UnauthorisedError) return send(401, error.code, error.localised)
  if (error instanceof RateLimitedError) return send(429, 'rate-limited', error.localised)
  const status = (error as Partial<FastifyError>).statusCode
  if (status === 429) return send(429, 'rate-limited', new RateLimitedError().localised)
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (error as FastifyError).code ?? 'FST_ERR'
    return send(status, 'validation', {
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
