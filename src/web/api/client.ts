import i18n from 'i18next'
import { contract } from '../../contract/index.js'
import type { Problem } from '../../domain/index.js'

/** An error answer of the API: its code, the message in the user's language, and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: NonNullable<Problem['issues']> = [],
  ) {
    super(message)
  }
}

let csrfToken: string | undefined

async function csrf(): Promise<string> {
  if (csrfToken === undefined) {
    const { url, response } = contract.session.csrf
    const answer = await fetch(url, { credentials: 'include' })
    csrfToken = response[200].parse(await answer.json()).token
  }
  return csrfToken
}

/** Forget the CSRF token (it is bound to the session, which changes at sign-in and sign-out). */
export function resetCsrf(): void {
  csrfToken = undefined
}

/** An answer of the API: its status and its JSON body (undefined for 204). */
export interface Answer {
  readonly status: number
  readonly body: unknown
}

/**
 * Sends one request to the API: cookies for the session, the CSRF token on every
 * state-changing request, and Accept-Language so that error messages come back in the user's
 * language. An error answer throws an ApiError. Features call routes through `callRoute`.
 */
export async function send(
  url: string,
  init: { readonly method: string; readonly body?: unknown },
): Promise<Answer> {
  const headers: Record<string, string> = { 'accept-language': i18n.language || 'nl' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.method !== 'GET') headers['x-csrf-token'] = await csrf()
  const answer = await fetch(url, {
    method: init.method,
    headers,
    credentials: 'include',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  if (answer.status === 204) return { status: 204, body: undefined }
  const body: unknown = await answer.json().catch(() => ({}))
  if (!answer.ok) throw toApiError(answer, body as Partial<Problem>)
  return { status: answer.status, body }
}

/**
 * An error answer is an RFC 9457 problem detail: `detail` is the message in the user's
 * language, `code` and `issues` are our extension members. A body that is not one (a proxy's
 * error page) still becomes an ApiError with the status text.
 */
function toApiError(answer: Response, problem: Partial<Problem>): ApiError {
  return new ApiError(
    answer.status,
    typeof problem.code === 'string' ? problem.code : 'internal',
    typeof problem.detail === 'string' ? problem.detail : answer.statusText,
    Array.isArray(problem.issues) ? problem.issues : [],
  )
}
