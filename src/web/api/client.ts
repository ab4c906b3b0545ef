import i18n from 'i18next'

/** An error answer of the API: its code, the message in the user's language, and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ReadonlyArray<{
      row?: number
      column?: string
      field?: string
      message: string
    }> = [],
  ) {
    super(message)
  }
}

let csrfToken: string | undefined

async function csrf(): Promise<string> {
  if (csrfToken === undefined) {
    const answer = await fetch('/api/v1/session/csrf', { credentials: 'include' })
    csrfToken = ((await answer.json()) as { token: string }).token
  }
  return csrfToken
}

/** Forget the CSRF token (it is bound to the session, which changes at sign-in and sign-out). */
export function resetCsrf(): void {
  csrfToken = undefined
}

/**
 * Calls the API: cookies for the session, the CSRF token on every state-changing request,
 * and Accept-Language so that error messages come back in the user's language.
 */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const method = init.method ?? 'GET'
  const headers: Record<string, string> = { 'accept-language': i18n.language || 'nl' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET') headers['x-csrf-token'] = await csrf()
  const answer = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'include',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  if (answer.status === 204) return undefined as T
  const body = (await answer.json().catch(() => ({}))) as {
    error?: {
      code: string
      message: string
      issues?: Array<{ row?: number; column?: string; field?: string; message: string }>
    }
  }
  if (!answer.ok) {
    const error = body.error
    throw new ApiError(
      answer.status,
      error?.code ?? 'internal',
      error?.message ?? answer.statusText,
      error?.issues ?? [],
    )
  }
  return body as T
}
