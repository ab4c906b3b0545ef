import { type Kysely, sql } from 'kysely'

/**
 * Time registration, the unshielded budget (ontschot budget) and the capacity monitor.
 * - time_entries: one contact of a professional with a case (participant) in a project. Its id
 *   is made by the client, so an entry queued offline and sent twice is stored once.
 * - budget_pots / budget_ledger: one pot per project; the ledger is append-only like the audit
 *   log (triggers refuse UPDATE, DELETE and TRUNCATE), a correction is a new row naming the row
 *   it corrects. Rows are numbered per project under a lock on the pot.
 * - user_contracts / vacancies: the hours per week, start and end an administrator keeps, from
 *   which the capacity monitor counts FTE, turnover and open posts; capacity_settings holds the
 *   project's caseload threshold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('time_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('conference','home-visit','office','phone','email','chance-meeting','quick-message','check-in-after-outflow')`,
        ),
    )
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 1440`))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('own_organisation', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('app','import')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('time_entries_project_date_idx')
    .on('time_entries')
    .columns(['project_id', 'date'])
    .execute()
  await db.schema
    .createIndex('time_entries_user_idx')
    .on('time_entries')
    .columns(['user_id', 'date'])
    .execute()

  await db.schema
    .createTable('budget_pots')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('approval_threshold_cents', 'bigint', (c) =>
      c.notNull().check(sql`approval_threshold_cents >= 0`),
    )
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('budget_pots_period', sql`period_end >= period_start`)
    .execute()

  await db.schema
    .createTable('budget_ledger')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // the row's place in its project's ledger: numbered under a lock on the pot, not by a
    // sequence, so a restored dump goes on numbering where it left off
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('budget_pots.project_id'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('replaces_domain', 'text', (c) =>
      c.check(sql`replaces_domain in ('participatiewet','wmo','jeugdwet','other')`),
    )
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('corrects', 'uuid')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('budget_ledger_project_seq', ['project_id', 'seq'])
    .addCheckConstraint(
      'budget_ledger_second_person',
      sql`approved_by is null or approved_by <> recorded_by`,
    )
    .execute()
  // checked at commit, so a dump restores its rows in any order in one transaction
  await sql`alter table budget_ledger add constraint budget_ledger_corrects_fk
    foreign key (corrects) references budget_ledger (id) deferrable initially deferred`.execute(db)
  await sql`
    create function budget_ledger_reject_change() returns trigger language plpgsql as $$
    begin
      raise exception 'budget_ledger is append-only: % is not allowed (record a correction)', tg_op;
    end
    $$`.execute(db)
  await sql`create trigger budget_ledger_no_update_delete before update or delete on budget_ledger
    for each row execute function budget_ledger_reject_change()`.execute(db)
  await sql`create trigger budget_ledger_no_truncate before truncate on budget_ledger
    for each statement execute function budget_ledger_reject_change()`.execute(db)

  await db.schema
    .createTable('user_contracts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('hours_per_week', 'double precision', (c) =>
      c.notNull().check(sql`hours_per_week > 0 and hours_per_week <= 60`),
    )
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addCheckConstraint('user_contracts_period', sql`end_date is null or end_date >= start_date`)
    .execute()
  await db.schema
    .createIndex('user_contracts_user_idx')
    .on('user_contracts')
    .column('user_id')
    .execute()

  await db.schema
    .createTable('vacancies')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('hours_per_week', 'double precision', (c) =>
      c.notNull().check(sql`hours_per_week > 0 and hours_per_week <= 60`),
    )
    .addColumn('opened_on', 'date', (c) => c.notNull())
    .addColumn('filled_on', 'date')
    .addCheckConstraint('vacancies_period', sql`filled_on is null or filled_on >= opened_on`)
    .execute()

  await db.schema
    .createTable('capacity_settings')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id'))
    .addColumn('max_cases_per_fte', 'double precision', (c) =>
      c.notNull().check(sql`max_cases_per_fte > 0`),
    )
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('capacity_settings').execute()
  await db.schema.dropTable('vacancies').execute()
  await db.schema.dropTable('user_contracts').execute()
  await sql`drop trigger budget_ledger_no_truncate on budget_ledger`.execute(db)
  await sql`drop trigger budget_ledger_no_update_delete on budget_ledger`.execute(db)
  await db.schema.dropTable('budget_ledger').execute()
  await sql`drop function budget_ledger_reject_change()`.execute(db)
  await db.schema.dropTable('budget_pots').execute()
  await db.schema.dropTable('time_entries').execute()
}
