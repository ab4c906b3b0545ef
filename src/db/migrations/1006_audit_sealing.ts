import { type Kysely, sql } from 'kysely'

/**
 * Appends no longer wait on one row (issue 11): an entry takes its number (`seq`) from a
 * sequence at insert and is sealed into the hash chain later, in commit order, by a sealer
 * (audit-sealer.ts), which gives it its chain position (`chain_seq`, dense) and hashes. Every
 * entry from before this migration was already chained at `chain_seq = seq`. The update
 * trigger lets only that sealing through: an unsealed row's seal columns, once, nothing else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column chain_seq integer unique`.execute(db)
  await sql`alter table audit_log alter column prev_hash drop not null`.execute(db)
  await sql`alter table audit_log alter column hash drop not null`.execute(db)
  // the append-only trigger refuses every update, this one included
  await sql`alter table audit_log disable trigger audit_log_no_update_delete`.execute(db)
  await sql`update audit_log set chain_seq = seq`.execute(db)
  await sql`alter table audit_log enable trigger audit_log_no_update_delete`.execute(db)
  await sql`create sequence audit_entry_numbers owned by audit_log.seq`.execute(db)
  await sql`select setval('audit_entry_numbers', coalesce(max(seq), 0) + 1, false) from audit_log`.execute(
    db,
  )
  await sql`alter table audit_log alter column seq set default nextval('audit_entry_numbers')`.execute(
    db,
  )
  await sql`create index audit_log_unsealed_idx on audit_log (seq) where chain_seq is null`.execute(
    db,
  )
  await sql`
    create function audit_log_allow_seal() returns trigger language plpgsql as $$
    begin
      if old.chain_seq is null and old.hash is null and new.chain_seq is not null
        and new.hash is not null and new.prev_hash is not null
        and (new.seq, new.at, new.actor_user_id, new.actor_role, new.actor_organisation_id,
             new.action, new.object_type, new.object_id, new.person_pseudonym, new.purpose,
             new.allowed, new.origin)
          is not distinct from
            (old.seq, old.at, old.actor_user_id, old.actor_role, old.actor_organisation_id,
             old.action, old.object_type, old.object_id, old.person_pseudonym, old.purpose,
             old.allowed, old.origin)
      then
        return new;
      end if;
      raise exception 'audit_log is append-only: only sealing an unsealed entry is allowed';
    end
    $$`.execute(db)
  await sql`drop trigger audit_log_no_update_delete on audit_log`.execute(db)
  await sql`create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_reject_change()`.execute(db)
  await sql`create trigger audit_log_seal_only before update on audit_log
    for each row execute function audit_log_allow_seal()`.execute(db)
}
