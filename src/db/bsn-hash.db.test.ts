import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from './create-db.js'
import { bsnHash } from './credentials/bsn-hash.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import * as perMunicipality from './migrations/0004_bsn_hash_per_municipality.js'
import { type DemoFixture, loadDemo } from './seed/demo.js'
import { testDialects } from './test-dialects.js'

const KEY = 'pseudonym-key'
const BSN = '123456782'

for (const dialect of testDialects()) {
  describe(`migration 0004 on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let demo: DemoFixture
    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: new SecretBox(newSecretKey()) })
    })
    afterAll(async () => {
      await handle.close()
    })

    it("turns a BSN's one hash into its hash in its own municipality, without the BSN or the key", async () => {
      const id = demo.voorbeeldstad.participantIds.Noord[0] as string
      // as registered before: one HMAC of the bare BSN, the same in every municipality
      const legacy = createHmac('sha256', KEY).update(BSN).digest('hex')
      await handle.db
        .updateTable('participants')
        .set({ bsn_hmac: legacy })
        .where('id', '=', id)
        .execute()
      await perMunicipality.up(handle.db as never)
      const row = await handle.db
        .selectFrom('participants')
        .select('bsn_hmac')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      expect(row.bsn_hmac).toBe(bsnHash(KEY, demo.voorbeeldstad.municipalityId, BSN))
      expect(row.bsn_hmac).not.toBe(bsnHash(KEY, demo.proefdorp.municipalityId, BSN))
    })
  })
}
