import type { Kysely } from 'kysely'
import {
  acceptTotpStep,
  completeMfaEnrolment,
  type Database,
  findMfaEnrolment,
  isMfaExempt,
  newTotpSecret,
  offerMfaEnrolment,
  totpStep,
  totpUri,
  type UserRow,
} from '../../db/index.js'
import { MFA_EXEMPTABLE_ROLES, type MfaEnrolmentResponse, requiresMfa } from '../../domain/index.js'
import type { OidcConfig } from '../config.js'
import type { AppServices } from '../services.js'

/** How long a secret offered at a first sign-in waits for its first code. */
export const ENROLMENT_VALID_MS = 10 * 60 * 1000

/**
 * What a password sign-in's second factor comes to: in, refused (the one refusal of a wrong
 * password), or, for an account that must have a second factor but has none yet, a fresh
 * secret to set up and confirm with a code. TOTP is the one factor today; another (passkeys)
 * goes beside it here.
 */
export type SecondFactorOutcome =
  | { readonly kind: 'passed' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'enrol'; readonly enrolment: MfaEnrolmentResponse['enrolment'] }

type Account = Pick<UserRow, 'id' | 'email' | 'role' | 'municipalityId' | 'sealedTotpSecret'>

/** Has the account's municipality exempted its role from the second factor, in writing? */
async function isExempt(db: Kysely<Database>, user: Account): Promise<boolean> {
  return (
    user.role !== null &&
    user.municipalityId !== null &&
    MFA_EXEMPTABLE_ROLES.includes(user.role) &&
    isMfaExempt(db, user.municipalityId, user.role)
  )
}

/**
 * The second factor of a sign-in whose password was right. A written exemption of the role
 * waives it; otherwise an account with a secret gives its code, and an account whose role
 * needs one but has none (made before this rule) enrols: a code for the secret offered last.
 */
export async function checkSecondFactor(
  db: Kysely<Database>,
  services: Pick<AppServices, 'secretBox' | 'now'>,
  user: Account,
  code: string | undefined,
): Promise<SecondFactorOutcome> {
  if (await isExempt(db, user)) return { kind: 'passed' }
  const now = services.now()
  const accepted = async (secret: string) => {
    const step = code === undefined ? null : totpStep(secret, code, now)
    return step !== null && (await acceptTotpStep(db, user.id, step))
  }
  if (user.sealedTotpSecret !== null) {
    const ok = await accepted(services.secretBox.open(user.sealedTotpSecret))
    return { kind: ok ? 'passed' : 'refused' }
  }
  if (!requiresMfa(user.role)) return { kind: 'passed' }
  if (code === undefined) {
    const secret = newTotpSecret()
    await offerMfaEnrolment(db, user.id, services.secretBox.seal(secret), now)
    return { kind: 'enrol', enrolment: { secret, uri: totpUri(secret, user.email) } }
  }
  const offered = await findMfaEnrolment(db, user.id, new Date(now.getTime() - ENROLMENT_VALID_MS))
  const ok =
    offered !== undefined &&
    (await accepted(services.secretBox.open(offered))) &&
    (await completeMfaEnrolment(db, user.id, offered))
  return { kind: ok ? 'passed' : 'refused' }
}

/**
 * RFC 8176 `amr` values that show more than a password: several factors or channels, a
 * one-time code, a key held in hardware or software, a smart card, a code by text or call,
 * proof of possession, or a biometric (which the provider checks on a device of the user's).
 */
const SECOND_FACTOR_AMR = new Set([
  'mfa',
  'mca',
  'otp',
  'hwk',
  'swk',
  'sc',
  'sms',
  'tel',
  'pop',
  'fpt',
  'face',
  'iris',
  'retina',
  'vbm',
])

/** Does the ID token show a second factor: an `amr` of RFC 8176's, or the configured `acr`? */
export function showsSecondFactor(
  claims: { readonly amr: readonly string[]; readonly acr: string | undefined },
  config: Pick<OidcConfig, 'mfaAcr'>,
): boolean {
  return (
    claims.amr.some((value) => SECOND_FACTOR_AMR.has(value)) ||
    (config.mfaAcr !== undefined && claims.acr === config.mfaAcr)
  )
}

/**
 * An OIDC sign-in: the identity provider checked the factors, so an account whose role needs
 * a second factor (and is not exempted) gets in only when the ID token shows one. Checked at
 * every sign-in, so an account promoted into such a role meets it at its next.
 */
export async function oidcSecondFactorMet(
  db: Kysely<Database>,
  config: Pick<OidcConfig, 'mfaAcr'>,
  user: Account,
  claims: { readonly amr: readonly string[]; readonly acr: string | undefined },
): Promise<boolean> {
  if (!requiresMfa(user.role) || (await isExempt(db, user))) return true
  return showsSecondFactor(claims, config)
}
