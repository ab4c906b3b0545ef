import { type Kysely, sql } from 'kysely'

/**
 * The startfoto (issue 16): a project's questionnaire, its rounds, a link per organisation per
 * round (only the token's hash is kept), and the responses. A response holds its organisation
 * and the day it came in, nothing else: no account, no IP address, no browser, no time of day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('startfoto_templates')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id'))
    .addColumn('template', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('saved_by', 'uuid', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createTable('startfoto_rounds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('opened_on', 'date', (c) => c.notNull())
    .addColumn('closed_on', 'date')
    .addUniqueConstraint('startfoto_rounds_project_number', ['project_id', 'number'])
    .execute()
  // at most one open round per project, also when two pilot managers open one at once
  await sql`create unique index startfoto_rounds_one_open on startfoto_rounds (project_id) where closed_on is null`.execute(
    db,
  )
  await db.schema
    .createTable('startfoto_links')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('startfoto_rounds.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addUniqueConstraint('startfoto_links_round_organisation', ['round_id', 'organisation_id'])
    .execute()
  await db.schema
    .createTable('startfoto_responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('link_id', 'uuid', (c) => c.notNull().references('startfoto_links.id'))
    .addColumn('answered_on', 'date', (c) => c.notNull())
    .addColumn('ratings', 'jsonb', (c) => c.notNull())
    .addColumn('texts', 'jsonb', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('startfoto_responses_link')
    .on('startfoto_responses')
    .column('link_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('startfoto_responses').execute()
  await db.schema.dropTable('startfoto_links').execute()
  await db.schema.dropTable('startfoto_rounds').execute()
  await db.schema.dropTable('startfoto_templates').execute()
}
