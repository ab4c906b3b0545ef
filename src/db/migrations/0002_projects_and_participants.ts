import { type Kysely, sql } from 'kysely'

/** Projects (pilots), participants (pseudonymised), enrolments, consents and shares. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date')
    .addColumn('target_group', 'text', (c) => c.notNull())
    .addColumn('theory_of_change', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) =>
      c.notNull().check(sql`phase in ('design','experiment','extension-monitoring','sustainment')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('project_organisations')
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('project_organisations_pk', ['project_id', 'organisation_id'])
    .execute()
  await db.schema
    .createTable('participants')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('bsn_hmac', 'text')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('age_band', 'text')
    .addColumn('household_type', 'text')
    .addColumn('district', 'text')
    .addColumn('ladder_rung', 'smallint', (c) => c.check(sql`ladder_rung between 1 and 6`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('participants_pseudonym_unique', ['municipality_id', 'pseudonym'])
    .addUniqueConstraint('participants_bsn_unique', ['municipality_id', 'bsn_hmac'])
    .execute()
  await db.schema
    .createIndex('participants_team_idx')
    .on('participants')
    .columns(['municipality_id', 'organisation_id', 'team'])
    .execute()
  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addUniqueConstraint('enrolments_unique', ['participant_id', 'project_id'])
    .execute()
  await db.schema
    .createIndex('enrolments_project_idx')
    .on('enrolments')
    .column('project_id')
    .execute()
  await db.schema
    .createTable('consents')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('partner_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('given','withdrawn')`))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('shares')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`basis in ('law','consent')`))
    .addColumn('law_article', 'text')
    .addColumn('consent_id', 'uuid', (c) => c.references('consents.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'shares_basis_recorded',
      sql`(basis = 'law' and law_article is not null) or (basis = 'consent' and consent_id is not null)`,
    )
    .execute()
}
