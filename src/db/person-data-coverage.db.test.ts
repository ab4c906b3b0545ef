import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERSON_DATA_SOURCES, personDataSource } from '../domain/index.js'
import type { DatabaseHandle } from './create-db.js'
import { newSecretKey, SecretBox } from './credentials/secret-box.js'
import { readSourceRows } from './repositories/person-data-repository.js'
import { type DemoFixture, loadDemo } from './seed/demo.js'
import { testDialects } from './test-dialects.js'

/**
 * Every table that mentions a resident must be a person-data source, so that the inspection
 * package shows it and retention destroys it: a new table with a participant column, or one
 * hanging by a foreign key from a source, fails here until it has its registry entry.
 */
for (const dialect of testDialects()) {
  describe(`person-data registry against the database on ${dialect.name}`, () => {
    let handle: DatabaseHandle
    let demo: DemoFixture
    beforeAll(async () => {
      handle = await dialect.create()
      demo = await loadDemo(handle.db, { secretBox: new SecretBox(newSecretKey()) })
    })
    afterAll(async () => {
      await handle.close()
    })

    it('lists every table with a participant column, and every table hanging from a listed one', async () => {
      const withParticipant = await sql<{ table: string }>`
        select distinct table_name as table from information_schema.columns
        where table_schema = current_schema() and column_name = 'participant_id'`.execute(handle.db)
      const children = await sql<{ child: string; parent: string; column: string }>`
        select c.relname as child, p.relname as parent, a.attname as column
        from pg_constraint k join pg_class c on c.oid = k.conrelid
        join pg_class p on p.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
        where k.contype = 'f' and n.nspname = current_schema()`.execute(handle.db)
      const registered = new Set(PERSON_DATA_SOURCES.map((source) => source.table))
      const missing = withParticipant.rows
        .map((row) => row.table)
        .filter((table) => !registered.has(table))
      for (const edge of children.rows)
        if (registered.has(edge.parent) && !registered.has(edge.child))
          missing.push(`${edge.child} (via ${edge.column} → ${edge.parent})`)
      expect(missing).toEqual([])
      expect(registered.has('participants')).toBe(true)
    })

    it('links each source to its resident by a column the table has, and parents come first', async () => {
      for (const [index, source] of PERSON_DATA_SOURCES.entries()) {
        const columns = await sql<{ name: string }>`select column_name as name
          from information_schema.columns where table_schema = current_schema()
          and table_name = ${source.table}`.execute(handle.db)
        const names = new Set(columns.rows.map((row) => row.name))
        const wanted = [source.link.column, ...Object.keys(source.columns)]
        expect(
          wanted.filter((name) => !names.has(name)),
          source.table,
        ).toEqual([])
        if ('parent' in source.link) {
          const parent = PERSON_DATA_SOURCES.findIndex(
            (s) => s.table === (source.link as { parent: string }).parent,
          )
          expect(parent, `${source.table}'s parent`).toBeGreaterThanOrEqual(0)
          expect(parent).toBeLessThan(index)
        }
      }
      expect(personDataSource('audit_log')).toBeUndefined() // shown as the access log instead
    })

    it("reads a demo resident's rows from every source and never another resident's", async () => {
      const [own, other] = demo.voorbeeldstad.participantIds.Noord as [string, string]
      const ownConversations = await handle.db
        .selectFrom('conversations')
        .select('id')
        .where('participant_id', '=', own)
        .execute()
      expect(ownConversations.length).toBeGreaterThan(0)
      const participants = await readSourceRows(handle.db, personDataSource('participants')!, own)
      const pseudonym = await handle.db
        .selectFrom('participants')
        .select('pseudonym')
        .where('id', '=', own)
        .executeTakeFirstOrThrow()
      expect(participants).toEqual([expect.objectContaining({ pseudonym: pseudonym.pseudonym })])
      const conversations = await readSourceRows(handle.db, personDataSource('conversations')!, own)
      expect(conversations).toHaveLength(ownConversations.length)
      const otherRows = await readSourceRows(handle.db, personDataSource('consents')!, other)
      const ownRows = await readSourceRows(handle.db, personDataSource('consents')!, own)
      expect(ownRows.length).toBeGreaterThan(0)
      // rows carry no keys: nothing in them names another resident's id
      expect(JSON.stringify(ownRows)).not.toContain(other)
      expect(JSON.stringify(otherRows)).not.toContain(own)
    })
  })
}
