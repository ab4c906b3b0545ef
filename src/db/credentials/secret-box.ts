import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/** A secret as stored: AES-256-GCM ciphertext, never the secret itself (see SecretBox). */
export type SealedSecret = string & { readonly __sealed: unique symbol }

const VERSION = 'v1'
const KEY_BYTES = 32
const IV_BYTES = 12

/**
 * Encrypts secrets kept in the database (TOTP secrets) with a key the database never holds
 * (EFFECTWIJZER_SECRET_KEY or the data folder's secret.key, see secret-key.ts), so a dump or a
 * copy of the tables alone does not give anyone a second factor. AES-256-GCM with a random
 * 96-bit IV per secret; stored as `v1:iv:tag:ciphertext` (base64url, which has no `:`).
 */
export class SecretBox {
  readonly #key: Buffer

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a secret key has ${KEY_BYTES} bytes`)
    this.#key = key
  }

  seal(plain: string): SealedSecret {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))
    return `${VERSION}:${parts.join(':')}` as SealedSecret
  }

  /** The secret; throws when it was sealed with another key or altered. */
  open(sealed: SealedSecret): string {
    const [version, iv, tag, body] = sealed.split(':')
    if (version !== VERSION || !iv || !tag || body === undefined)
      throw new Error('not a sealed secret')
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  }

  /**
   * An HMAC-SHA256 tag of `message` under a key derived from this one for `purpose` (HKDF,
   * RFC 5869), so a tag for one purpose never serves another and the key itself is never used
   * twice. The audit checkpoints are sealed with it.
   */
  authenticate(purpose: string, message: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.#key, Buffer.alloc(0), purpose, KEY_BYTES))
    return createHmac('sha256', key).update(message).digest('hex')
  }

  /** A value that tells this key from another without revealing it (kept in settings). */
  fingerprint(): string {
    return createHmac('sha256', this.#key).update('effectwijzer secret key check').digest('hex')
  }
}

/** True for a value that seal() wrote; false for a plain secret from before encryption. */
export function isSealed(value: string): value is SealedSecret {
  return value.startsWith(`${VERSION}:`)
}

export function newSecretKey(): Buffer {
  return randomBytes(KEY_BYTES)
}
