import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** A valid BSN (elfproef), made up. */
const BSN = '111222333'

for (const dialect of testDialects()) {
  describe(`a BSN is known per municipality, on ${dialect.name}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await createTestApp(dialect)
    })
    afterAll(async () => {
      await t.close()
    })

    const register = async (tenant: 'voorbeeldstad' | 'proefdorp', bsn: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/participants',
        headers: await t.headersFor(t.demo[tenant].users.professional),
        payload: { bsn },
      })
    const storedHashes = async () =>
      (
        await t.handle.db
          .selectFrom('participants')
          .select(['municipality_id', 'bsn_hmac'])
          .where('bsn_hmac', 'is not', null)
          .execute()
      ).map((row) => row.bsn_hmac)

    it('registers a BSN known in another municipality, and refuses it twice in one', async () => {
      expect((await register('voorbeeldstad', BSN)).statusCode).toBe(201)
      const again = await register('voorbeeldstad', BSN)
      expect(again.statusCode).toBe(409)
      expect(again.json()).toMatchObject({ code: 'conflict' })
      expect((await register('proefdorp', BSN)).statusCode).toBe(201)
      expect((await register('proefdorp', BSN)).statusCode).toBe(409)
      // one BSN, two unrelated hashes: the table does not link the two residents
      const hashes = await storedHashes()
      expect(new Set(hashes).size).toBe(hashes.length)
    })
  })
}
