import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  deleteSession,
  findSession,
  findUserById,
  randomToken,
  touchSession,
} from '../../db/index.js'
import { ForbiddenError } from '../../domain/index.js'
import type { Actor } from '../actor.js'
import type { AppServices } from '../services.js'

export const SESSION_COOKIE = 'ew_session'
/** Double-submit CSRF cookie for requests made before sign-in (the login form itself). */
export const ANONYMOUS_CSRF_COOKIE = 'ew_csrf'
export const CSRF_HEADER = 'x-csrf-token'
/** Idle timeout: 30 minutes without a request ends the session (ASVS 3.3.2, BIO2). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
/** Absolute timeout: 12 hours after sign-in, whatever the activity. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000
/** Activity is written at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
  }
}

export function cookieOptions(services: AppServices) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: services.config.cookieSecure,
  }
}

export function setSessionCookie(
  reply: FastifyReply,
  services: AppServices,
  sessionId: string,
): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    ...cookieOptions(services),
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  })
}

export function clearSessionCookie(reply: FastifyReply, services: AppServices): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(services))
}

/**
 * Loads the actor from the session cookie on every request, ending sessions past their idle
 * or absolute timeout, and checks the CSRF token on every state-changing request.
 */
export function registerSessionHooks(app: FastifyInstance, services: AppServices): void {
  app.decorateRequest('actor', null)
  app.addHook('preHandler', async (request, reply) => {
    request.actor = await loadActor(request, reply, services)
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) checkCsrf(request)
  })
}

async function loadActor(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
): Promise<Actor | null> {
  const sessionId = request.cookies[SESSION_COOKIE]
  if (!sessionId) return null
  const session = await findSession(services.db, sessionId)
  const now = services.now().getTime()
  if (!session) {
    clearSessionCookie(reply, services)
    return null
  }
  const idle = now - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS
  const expired = now - session.createdAt.getTime() > ABSOLUTE_TIMEOUT_MS
  if (idle || expired) {
    await deleteSession(services.db, sessionId)
    clearSessionCookie(reply, services)
    return null
  }
  const user = await findUserById(services.db, session.userId)
  // Deactivation ends sessions; this also stops one that was mid-request when it happened.
  if (!user || user.deactivatedAt !== null) {
    await deleteSession(services.db, sessionId)
    clearSessionCookie(reply, services)
    return null
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(services.db, sessionId, services.now())
  }
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    team: user.team,
    organisation:
      user.organisationId && user.organisationName && user.organisationKind
        ? { id: user.organisationId, name: user.organisationName, kind: user.organisationKind }
        : null,
    municipality:
      user.municipalityId && user.municipalityName
        ? { id: user.municipalityId, name: user.municipalityName }
        : null,
    sessionId,
    csrfToken: session.csrfToken,
  }
}

/** The CSRF token for this client: the session's, or a fresh anonymous double-submit token. */
export function csrfTokenFor(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
): string {
  if (request.actor) return request.actor.csrfToken
  const existing = request.cookies[ANONYMOUS_CSRF_COOKIE]
  if (existing) return existing
  const token = randomToken()
  reply.setCookie(ANONYMOUS_CSRF_COOKIE, token, cookieOptions(services))
  return token
}

function checkCsrf(request: FastifyRequest): void {
  const sent = request.headers[CSRF_HEADER]
  const expected = request.actor ? request.actor.csrfToken : request.cookies[ANONYMOUS_CSRF_COOKIE]
  if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) {
    throw new ForbiddenError({
      nl: 'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.',
      en: 'The security token (CSRF) is missing or wrong. Reload the page.',
    })
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
