import { Secret, TOTP } from 'otpauth'

const PERIOD_SECONDS = 30

/** RFC 6238 TOTP: SHA-1, 6 digits, 30 s steps (what authenticator apps expect). */
function totpFor(secretBase32: string, label = 'Effectwijzer'): TOTP {
  return new TOTP({
    issuer: 'Effectwijzer',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  })
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/**
 * The time step (RFC 6238's T: 30-second periods since the epoch) whose code `token` is, for
 * the current step or one either side (clock drift); null when it matches none. The caller
 * accepts a step only once, and none older than the last accepted one (replay).
 */
export function totpStep(secretBase32: string, token: string, now: Date): number | null {
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 })
  if (delta === null) return null
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta
}

export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() })
}

export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString()
}
