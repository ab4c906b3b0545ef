import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AUDIT_GENESIS_HASH } from '../domain/index.js'
import { hashAuditEntry } from './audit-chain.js'
import {
  appendAuditCheckpoint,
  openCheckpointFile,
  verifyAgainstCheckpoints,
} from './audit-checkpoints.js'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import {
  appendAuditEntry,
  readChainHead,
  sealAllAuditEntries,
  sealAuditEntries,
} from './repositories/audit-repository.js'
import { SetupError } from './setup-error.js'
import { testAuditFields } from './test-audit-fields.js'
import { testDialects } from './test-dialects.js'
import { readStoredAuditChain } from './verify-audit.js'

for (const dialect of testDialects()) {
  describe(`audit chain anchored outside the database, on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let dir: string
    let file: string
    const box = new SecretBox(newSecretKey())

    beforeEach(async () => {
      handle = await dialect.create()
      dir = mkdtempSync(join(tmpdir(), 'ew-checkpoints-'))
      file = join(dir, 'audit-checkpoints.jsonl')
      for (let i = 0; i < 6; i++)
        await appendAuditEntry(handle.db, testAuditFields(i, i % 2 ? 'P-2' : 'P-1'))
      const sealed = await sealAllAuditEntries(handle.db)
      appendAuditCheckpoint(file, box, sealed?.head ?? (await readChainHead(handle.db)), new Date())
    })
    afterEach(async () => {
      await handle.close()
      rmSync(dir, { recursive: true, force: true })
    })

    const check = async () => {
      const { entries } = await readStoredAuditChain(handle.db)
      return verifyAgainstCheckpoints(entries, readFileSync(file, 'utf8'), box)
    }

    it('appends unchained entries that the sealer chains in order; the file is 0600', async () => {
      const head = await readChainHead(handle.db)
      expect(head.lastSeq).toBe(6)
      expect(await check()).toEqual({ valid: true, checkpoints: 1 })
      expect(statSync(file).mode & 0o777).toBe(0o600)
    })

    it('seals in rounds of the given size, in order, and names a file it cannot write', async () => {
      for (let i = 10; i < 15; i++) await appendAuditEntry(handle.db, testAuditFields(i))
      expect((await sealAuditEntries(handle.db, 2))?.sealed).toBe(2)
      expect((await sealAuditEntries(handle.db, 2))?.head.lastSeq).toBe(10)
      const { entries, head } = await readStoredAuditChain(handle.db)
      expect(head.lastSeq).toBe(11)
      expect(entries.map((e) => e.objectId)).toEqual([
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
        '10',
        '11',
        '12',
        '13',
        '14',
      ])
      // a folder where a file is: no path below it can be made
      expect(() => openCheckpointFile(join(file, 'below.jsonl'))).toThrow(SetupError)
      expect(() => openCheckpointFile(join(file, 'below.jsonl'))).toThrow(/cannot be written/)
    })

    it('lets the trigger through only the sealing of an unsealed entry', async () => {
      await expect(
        sql`update audit_log set purpose = 'x' where chain_seq = 2`.execute(handle.db),
      ).rejects.toThrow(/append-only/)
      await appendAuditEntry(handle.db, testAuditFields(7))
      await expect(
        sql`update audit_log set purpose = 'x' where chain_seq is null`.execute(handle.db),
      ).rejects.toThrow(/append-only/)
      await expect(sql`delete from audit_log`.execute(handle.db)).rejects.toThrow(/append-only/)
    })

    it('catches a cut-off tail with the head moved back, which the chain alone accepts', async () => {
      await sql`alter table audit_log disable trigger audit_log_no_delete`.execute(handle.db)
      await sql`delete from audit_log where chain_seq > 4`.execute(handle.db)
      const kept = await sql<{
        hash: string
      }>`select hash from audit_log where chain_seq = 4`.execute(handle.db)
      await sql`update audit_chain_head set last_seq = 4, last_hash = ${kept.rows[0]?.hash}`.execute(
        handle.db,
      )
      const { entries, head } = await readStoredAuditChain(handle.db)
      expect(head.lastSeq).toBe(4)
      expect(entries).toHaveLength(4)
      expect(await check()).toMatchObject({ valid: false, line: 1, reason: /removed/ })
    })

    it("catches one person's entries deleted and the chain recomputed", async () => {
      await sql`alter table audit_log disable trigger audit_log_no_delete`.execute(handle.db)
      await sql`alter table audit_log disable trigger audit_log_seal_only`.execute(handle.db)
      await sql`delete from audit_log where person_pseudonym = 'P-2'`.execute(handle.db)
      const rows = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('chain_seq')
        .execute()
      let prev = AUDIT_GENESIS_HASH
      for (const [i, row] of rows.entries()) {
        const fields = testAuditFields(Number(row.object_id), row.person_pseudonym)
        const hash = hashAuditEntry(prev, i + 1, fields)
        await handle.db
          .updateTable('audit_log')
          .set({ chain_seq: i + 1, prev_hash: prev, hash })
          .where('seq', '=', row.seq)
          .execute()
        prev = hash
      }
      await sql`update audit_chain_head set last_seq = ${rows.length}, last_hash = ${prev}`.execute(
        handle.db,
      )
      const { entries } = await readStoredAuditChain(handle.db)
      expect(entries).toHaveLength(3)
      expect(await check()).toMatchObject({ valid: false, reason: /removed|rewritten/ })
    })

    it('refuses a checkpoint line not sealed with the key', async () => {
      const line = JSON.parse(readFileSync(file, 'utf8').trim()) as Record<string, unknown>
      writeFileSync(file, `${JSON.stringify({ ...line, seq: 3 })}\n`)
      expect(await check()).toMatchObject({ valid: false, line: 1, reason: /not sealed/ })
      const other = new SecretBox(newSecretKey())
      const { entries } = await readStoredAuditChain(handle.db)
      appendAuditCheckpoint(
        file,
        other,
        { lastSeq: 6, lastHash: entries[5]?.hash ?? '' },
        new Date(),
      )
      expect(verifyAgainstCheckpoints(entries, readFileSync(file, 'utf8'), other)).toMatchObject({
        valid: false,
        line: 1,
      })
    })
  })
}
