import { type Kysely, sql } from 'kysely'

/**
 * The budget ledger stays append-only for its users (corrections are new rows), but a resident's
 * file must still be destroyed when its retention period ends or the resident's data is erased
 * (Archiefwet, AVG art. 17). The destruction code alone sets the transaction-local
 * `effectwijzer.destruction` (src/db/repositories/person-data-repository.ts); with it, the
 * trigger lets a DELETE through. UPDATE and TRUNCATE stay refused always.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function budget_ledger_reject_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('effectwijzer.destruction', true) = 'on' then
        return old;
      end if;
      raise exception 'budget_ledger is append-only: % is not allowed (record a correction)', tg_op;
    end
    $$`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function budget_ledger_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'budget_ledger is append-only: % is not allowed (record a correction)', tg_op;
    end
    $$`.execute(db)
}
