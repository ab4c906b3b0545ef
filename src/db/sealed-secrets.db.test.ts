import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, type SealedSecret, SecretBox } from './credentials/secret-box.js'
import { ensureSecretKeyMatches } from './credentials/secret-key.js'
import { newTotpSecret } from './credentials/totp.js'
import { dumpDatabase, restoreDatabase } from './dump.js'
import { migrateToLatest } from './migrate.js'
import { createMunicipality } from './repositories/municipality-repository.js'
import { createOrganisation } from './repositories/organisation-repository.js'
import { createUser, findUserByEmail } from './repositories/user-repository.js'
import { type DemoFixture, loadDemo } from './seed/demo.js'
import { SetupError } from './setup-error.js'
import { testDialects } from './test-dialects.js'

const folder = mkdtempSync(join(tmpdir(), 'ew-sealed-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('SecretBox', () => {
  const box = new SecretBox(newSecretKey())

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const secret = newTotpSecret()
    const sealed = box.seal(secret)
    expect(sealed).not.toContain(secret)
    expect(box.seal(secret)).not.toBe(sealed) // a fresh IV each time
    expect(box.open(sealed)).toBe(secret)
  })

  it('refuses another key and an altered ciphertext', () => {
    const sealed = box.seal(newTotpSecret())
    expect(() => new SecretBox(newSecretKey()).open(sealed)).toThrow()
    const [version, iv, tag, body] = sealed.split(':') as [string, string, string, string]
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`
    expect(() => box.open([version, iv, tag, flipped].join(':') as SealedSecret)).toThrow()
  })
})

for (const dialect of testDialects()) {
  describe(`sealed TOTP secrets on ${dialect.name}`, () => {
    const box = new SecretBox(newSecretKey())
    let handle: DatabaseHandle
    let demo: DemoFixture

    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: box })
    })
    afterAll(async () => {
      await handle.close()
    })

    it('seals the plain secrets an older database holds when migration 0004 runs, and needs the key for it', async () => {
      const fresh = await dialect.create()
      try {
        const municipality = await createMunicipality(fresh.db, { name: 'Gemeente Oudstad' })
        const organisation = await createOrganisation(fresh.db, {
          municipalityId: municipality.id,
          name: 'Gemeente Oudstad',
          kind: 'municipality',
        })
        const plain = newTotpSecret()
        // as the row was before secrets were sealed
        await createUser(fresh.db, {
          email: 'beheerder@oudstad.example',
          name: 'Beheerder',
          role: 'administrator',
          organisationId: organisation.id,
          sealedTotpSecret: plain as SealedSecret,
        })
        await fresh.db
          .deleteFrom('kysely_migration' as never)
          .where('name' as never, '=', '0004_sealed_totp_secrets' as never)
          .execute()
        await expect(migrateToLatest(fresh.db)).rejects.toBeInstanceOf(SetupError)
        expect((await migrateToLatest(fresh.db, { secretBox: box })).applied).toEqual([
          '0004_sealed_totp_secrets',
        ])
        const user = await findUserByEmail(fresh.db, 'beheerder@oudstad.example')
        expect(user?.sealedTotpSecret).toMatch(/^v1:/)
        expect(box.open(user?.sealedTotpSecret as SealedSecret)).toBe(plain)
      } finally {
        await fresh.close()
      }
    })

    it('dumps to a file only its owner can read, holding the TOTP secrets sealed only', async () => {
      const file = join(folder, `${dialect.name}.ndjson`)
      writeFileSync(file, '', { mode: 0o644 })
      await dumpDatabase(handle.db, file)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      const text = readFileSync(file, 'utf8')
      const secrets = demo.accounts.flatMap((account) => account.totpSecret ?? [])
      expect(secrets.length).toBe(18) // every role that sees personal data (all but researchers)
      for (const secret of secrets) expect(text).not.toContain(secret)
      expect(text).toMatch(/"totp_secret":"v1:/)
    })

    it('seals the plain secrets of a dump from before, as it restores them', async () => {
      const file = join(folder, `${dialect.name}-plain.ndjson`)
      await dumpDatabase(handle.db, file)
      const admin = demo.accounts.find((account) => account.email === 'beheerder@proefdorp.example')
      const sealed = (await findUserByEmail(handle.db, admin?.email as string))?.sealedTotpSecret
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(sealed as string, admin?.totpSecret as string),
      )
      const fresh = await dialect.create()
      try {
        await restoreDatabase(fresh.db, file, { secretBox: box })
        const restored = await findUserByEmail(fresh.db, admin?.email as string)
        expect(restored?.sealedTotpSecret).toMatch(/^v1:/)
        expect(box.open(restored?.sealedTotpSecret as SealedSecret)).toBe(admin?.totpSecret)
      } finally {
        await fresh.close()
      }
    })

    it('refuses a key other than the one the database first used', async () => {
      await ensureSecretKeyMatches(handle.db, box)
      await ensureSecretKeyMatches(handle.db, box)
      const wrong = ensureSecretKeyMatches(handle.db, new SecretBox(newSecretKey()))
      await expect(wrong).rejects.toBeInstanceOf(SetupError)
      await expect(wrong).rejects.toThrow(/EFFECTWIJZER_SECRET_KEY/)
    })
  })
}
