import { createHmac } from 'node:crypto'
import { contract } from '../../contract/index.js'
import {
  claimSignInAttempt,
  clearSignInAttempts,
  createSession,
  createUser,
  deleteSession,
  dummyPasswordHash,
  findUserByEmail,
  findUserByOidcSubject,
  normaliseEmail,
  recordSignIn,
  type SignInBackoff,
  verifyPassword,
} from '../../db/index.js'
import { ConflictError, type SessionUser, ValidationError } from '../../domain/index.js'
import type { Actor } from '../actor.js'
import { checkSecondFactor, oidcSecondFactorMet } from '../auth/second-factor.js'
import {
  clearSessionCookie,
  cookieOptions,
  csrfTokenFor,
  SESSION_COOKIE,
  setSessionCookie,
} from '../auth/session.js'
import { NOT_SIGNED_IN, UnauthorisedError } from '../http-errors.js'
import { implement } from '../route.js'

/**
 * Failed sign-ins of one account from one source: five, then a wait of a minute that doubles
 * with every further failure, up to an hour. Per source, so nobody elsewhere can lock a user out.
 */
const SIGN_IN_BACKOFF: SignInBackoff = {
  threshold: 5,
  firstBlockMs: 60 * 1000,
  maxBlockMs: 60 * 60 * 1000,
}
const OIDC_STATE_COOKIE = 'ew_oidc_state'
const OIDC_PENDING_MS = 10 * 60 * 1000

/**
 * The one answer to every failed sign-in (unknown account, wrong password, wrong or missing
 * code, waiting after failures), so it tells an outsider nothing about the account.
 */
const WRONG_CREDENTIALS = {
  nl: 'E-mailadres, wachtwoord of code klopt niet (of na te veel pogingen: wacht even).',
  en: 'Email address, password or code is not correct (or, after too many attempts, wait a while).',
}

/** Why a sign-in failed, for the server log only (no e-mail address, no IP). */
type SignInRefusal = 'waiting' | 'wrong-credentials' | 'wrong-code' | 'deactivated'

const OIDC_FAILED = {
  nl: 'Aanmelden bij de identity provider is mislukt.',
  en: 'Sign-in with the identity provider failed.',
}

const OIDC_NO_SECOND_FACTOR = {
  nl: 'Uw rol vraagt een tweede factor, en de identity provider meldt die niet. Meld u daar aan met een tweede factor (bijvoorbeeld een code of sleutel) en probeer het opnieuw.',
  en: 'Your role needs a second factor, and the identity provider does not report one. Sign in there with a second factor (a code or a key, for example) and try again.',
}

/** The key of an account and source in `sign_in_attempts`: keyed, so the table names neither. */
function signInAttemptKey(key: string, email: string, ip: string): string {
  return createHmac('sha256', key)
    .update(`sign-in\n${normaliseEmail(email)}\n${ip}`)
    .digest('hex')
}

export function toSessionUser(
  actor: Pick<
    Actor,
    'userId' | 'name' | 'email' | 'role' | 'organisation' | 'municipality' | 'team'
  >,
): SessionUser {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    organisation: actor.organisation,
    municipality: actor.municipality,
    team: actor.team,
  }
}

export const getCsrfToken = implement(contract.session.csrf, {
  handler: async ({ request, reply, services }) => ({
    status: 200,
    body: { token: csrfTokenFor(request, reply, services) },
  }),
})

export const signIn = implement(contract.session.signIn, {
  rateLimitPerMinute: (services) => services.config.loginAttemptsPerMinute,
  transactional: false,
  // the researcher signs in with the password alone: the other roles add a code
  example: () => ({
    body: {
      email: 'onderzoeker@voorbeeldstad.example',
      password: '<password from demo-accounts.txt>',
    },
  }),
  handler: async ({ body, db, services, request, reply }) => {
    const now = services.now()
    const refuse = (reason: SignInRefusal) => {
      request.log.info({ signInRefused: reason }, 'sign-in refused')
      return new UnauthorisedError(WRONG_CREDENTIALS)
    }
    // claimed before the password is checked, so parallel guesses cannot pass the threshold
    const attemptKey = signInAttemptKey(services.pseudonymKey, body.email, request.ip)
    if (!(await claimSignInAttempt(db, attemptKey, now, SIGN_IN_BACKOFF))) throw refuse('waiting')
    const user = await findUserByEmail(db, body.email)
    // an unknown account is checked against a dummy hash: the same work, the same timing
    const passwordHash = user?.passwordHash ?? (await dummyPasswordHash())
    const passwordMatches = await verifyPassword(passwordHash, body.password)
    if (!user?.passwordHash || !passwordMatches) throw refuse('wrong-credentials')
    // an offboarded account gets the same answer as a wrong password: nothing confirmed
    if (user.deactivatedAt !== null) throw refuse('deactivated')
    // the code comes with the password, so a right password alone is never confirmed, except
    // to an account that must set up its second factor now (second-factor.ts)
    const factor = await checkSecondFactor(db, services, user, body.totp)
    if (factor.kind === 'refused') throw refuse('wrong-code')
    await clearSignInAttempts(db, attemptKey, now)
    if (factor.kind === 'enrol') return { status: 202, body: { enrolment: factor.enrolment } }
    await recordSignIn(db, user.id, now)
    const previous = request.cookies[SESSION_COOKIE]
    if (previous) await deleteSession(db, previous)
    const { sessionId } = await createSession(db, user.id, now)
    setSessionCookie(reply, services, sessionId)
    return {
      status: 200,
      body: {
        user: {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          organisation:
            user.organisationId && user.organisationName && user.organisationKind
              ? {
                  id: user.organisationId,
                  name: user.organisationName,
                  kind: user.organisationKind,
                }
              : null,
          municipality:
            user.municipalityId && user.municipalityName
              ? { id: user.municipalityId, name: user.municipalityName }
              : null,
          team: user.team,
        },
      },
    }
  },
})

export const getSession = implement(contract.session.current, {
  handler: async ({ maybeActor }) => {
    if (!maybeActor) throw new UnauthorisedError(NOT_SIGNED_IN)
    return { status: 200, body: { user: toSessionUser(maybeActor) } }
  },
})

export const signOut = implement(contract.session.signOut, {
  handler: async ({ maybeActor, db, reply, services }) => {
    if (maybeActor) await deleteSession(db, maybeActor.sessionId)
    clearSessionCookie(reply, services)
    return { status: 204, body: null }
  },
})

const notConfigured = () =>
  new ConflictError({
    nl: 'Aanmelden via de identity provider van de gemeente is niet ingesteld.',
    en: 'Sign-in with the municipality identity provider is not configured.',
  })

export const startOidc = implement(contract.session.oidcStart, {
  handler: async ({ services, db, reply }) => {
    if (!services.oidc) throw notConfigured()
    const flow = await services.oidc.start()
    await db
      .insertInto('oidc_pending')
      .values({
        state: flow.state,
        nonce: flow.nonce,
        code_verifier: flow.codeVerifier,
        created_at: services.now(),
      })
      .execute()
    // Lax: the callback arrives as a top-level navigation from the identity provider
    reply.setCookie(OIDC_STATE_COOKIE, flow.state, {
      ...cookieOptions(services),
      sameSite: 'lax',
      maxAge: 600,
    })
    return { status: 302, body: null, headers: { location: flow.url } }
  },
})

export const finishOidc = implement(contract.session.oidcCallback, {
  handler: async ({ services, db, query, request, reply }) => {
    const oidc = services.oidc
    if (!oidc) throw notConfigured()
    const cookieState = request.cookies[OIDC_STATE_COOKIE]
    reply.clearCookie(OIDC_STATE_COOKIE, { ...cookieOptions(services), sameSite: 'lax' })
    const pending = await db
      .selectFrom('oidc_pending')
      .selectAll()
      .where('state', '=', query.state)
      .executeTakeFirst()
    await db.deleteFrom('oidc_pending').where('state', '=', query.state).execute()
    const now = services.now()
    if (
      !pending ||
      cookieState !== query.state ||
      now.getTime() - pending.created_at.getTime() > OIDC_PENDING_MS
    ) {
      throw new ValidationError([
        {
          field: 'query.state',
          message: {
            nl: 'onbekende of verlopen aanmeldpoging',
            en: 'unknown or expired sign-in attempt',
          },
        },
      ])
    }
    const callbackUrl = new URL(services.config.oidc?.redirectUri ?? '/')
    callbackUrl.search = new URL(request.url, 'http://placeholder').search
    let claims: Awaited<ReturnType<typeof oidc.finish>>
    try {
      claims = await oidc.finish(callbackUrl, {
        state: pending.state,
        nonce: pending.nonce,
        codeVerifier: pending.code_verifier,
      })
    } catch (error) {
      request.log.warn(
        { oidcError: error instanceof Error ? error.name : 'unknown' },
        'OIDC sign-in rejected',
      )
      throw new UnauthorisedError(OIDC_FAILED)
    }
    const user =
      (await findUserByOidcSubject(db, claims.issuer, claims.subject)) ??
      // a new OIDC account starts without a role or organisation: no rights until assigned
      (await createUser(db, {
        email: claims.email ?? `${claims.subject}@${new URL(claims.issuer).hostname}`,
        name: claims.name ?? claims.email ?? claims.subject,
        role: null,
        organisationId: null,
        oidcIssuer: claims.issuer,
        oidcSubject: claims.subject,
      }))
    if (user.deactivatedAt !== null) {
      request.log.info({ signInRefused: 'deactivated' }, 'sign-in refused')
      throw new UnauthorisedError(OIDC_FAILED)
    }
    if (!(await oidcSecondFactorMet(db, services.config.oidc ?? {}, user, claims))) {
      request.log.info({ signInRefused: 'no-second-factor' }, 'sign-in refused')
      throw new UnauthorisedError(OIDC_NO_SECOND_FACTOR)
    }
    await recordSignIn(db, user.id, now)
    const previous = request.cookies[SESSION_COOKIE]
    if (previous) await deleteSession(db, previous)
    const { sessionId } = await createSession(db, user.id, now)
    setSessionCookie(reply, services, sessionId)
    return { status: 302, body: null, headers: { location: '/' } }
  },
})

export const SESSION_ROUTES = [getCsrfToken, signIn, getSession, signOut, startOidc, finishOidc]
