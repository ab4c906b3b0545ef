import { type Kysely, sql } from 'kysely'

/**
 * The append-only, hash-chained audit log. Triggers reject UPDATE, DELETE and TRUNCATE on the
 * log; the one-row chain head is locked (SELECT … FOR UPDATE) by every append, so concurrent
 * writers cannot fork the chain, and it records the last entry so a deleted tail is detected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('actor_role', 'text')
    .addColumn('actor_organisation_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('person_pseudonym', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('allowed', 'boolean', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('audit_log_person_idx')
    .on('audit_log')
    .column('person_pseudonym')
    .execute()
  await db.schema
    .createIndex('audit_log_actor_idx')
    .on('audit_log')
    .column('actor_user_id')
    .execute()
  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute()
  await sql`insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(
    db,
  )
  await sql`
    create function audit_log_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op;
    end
    $$`.execute(db)
  await sql`create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_reject_change()`.execute(db)
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_reject_change()`.execute(db)
  await sql`create trigger audit_chain_head_no_delete before delete on audit_chain_head
    for each row execute function audit_log_reject_change()`.execute(db)
  await sql`create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_log_reject_change()`.execute(db)
}
