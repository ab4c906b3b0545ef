import { type Kysely, sql } from 'kysely'

const DOMAINS = sql`('participatiewet','wmo','jeugdwet','school','health','housing','debt','police')`

/**
 * Case conferences (casuïstiekoverleg): a team's series of dated conferences within a project,
 * the professionals at each (by organisation and domain, and whether they were there), the
 * cases on the agenda (a participant brought in by a partner with a question, the record of
 * the discussion and the decisions) and the actions per case (owner, due date, status).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_conference_series')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('cadence', 'text', (c) =>
      c.notNull().check(sql`cadence in ('weekly','fortnightly')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('case_conferences')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipalities.id'))
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('series_id', 'uuid', (c) => c.references('case_conference_series.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('team', 'text')
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('chair_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('case_conferences_municipality_date_idx')
    .on('case_conferences')
    .columns(['municipality_id', 'date'])
    .execute()
  await db.schema
    .createIndex('case_conferences_series_idx')
    .on('case_conferences')
    .columns(['series_id', 'date'])
    .execute()
  await db.schema
    .createTable('case_conference_attendees')
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('case_conferences.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('domain', 'text', (c) => c.notNull().check(sql`domain in ${DOMAINS}`))
    .addColumn('attended', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('case_conference_attendees_pk', ['conference_id', 'user_id'])
    .execute()
  await db.schema
    .createTable('case_conference_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('case_conferences.id'))
    .addColumn('participant_id', 'uuid', (c) => c.notNull().references('participants.id'))
    .addColumn('brought_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('brought_by_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id'),
    )
    .addColumn('domain', 'text', (c) => c.notNull().check(sql`domain in ${DOMAINS}`))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('discussion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decisions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addUniqueConstraint('case_conference_cases_once', ['conference_id', 'participant_id'])
    .execute()
  await db.schema
    .createIndex('case_conference_cases_participant_idx')
    .on('case_conference_cases')
    .column('participant_id')
    .execute()
  await db.schema
    .createTable('case_conference_actions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_conference_cases.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('owner_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open','done','cancelled')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('case_conference_actions_owner_idx')
    .on('case_conference_actions')
    .columns(['owner_user_id', 'status'])
    .execute()
  await db.schema
    .createIndex('case_conference_actions_case_idx')
    .on('case_conference_actions')
    .column('case_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_conference_actions').execute()
  await db.schema.dropTable('case_conference_cases').execute()
  await db.schema.dropTable('case_conference_attendees').execute()
  await db.schema.dropTable('case_conferences').execute()
  await db.schema.dropTable('case_conference_series').execute()
}
