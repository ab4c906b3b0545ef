import { Secret, TOTP } from 'otpauth'

/** RFC 6238 TOTP: SHA-1, 6 digits, 30 s steps (what authenticator apps expect). */
function totpFor(secretBase32: string, label = 'Effectwijzer'): TOTP {
  return new TOTP({
    issuer: 'Effectwijzer',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  })
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(secretBase32: string, token: string, now: Date): boolean {
  return totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 }) !== null
}

export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() })
}

export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString()
}
