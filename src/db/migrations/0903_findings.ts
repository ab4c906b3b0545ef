import { type Kysely, sql } from 'kysely'

const SOURCES = sql`('interview','table-conversation','case-conference','observation','document')`
const PHASES = sql`('design','experiment','extension-monitoring','sustainment')`

/**
 * Process evaluation's qualitative half (issue 16): a project's code book of themes (starter
 * themes by key, added ones without; a merged theme points at the one it went into), its
 * findings (short texts with source, themes as a JSON list of theme ids, a quote flag, and a
 * table conversation linked by id only: the finding is then that resident's research record and
 * goes with the conversation on destruction — see PERSON_DATA_SOURCES), and lessons per Minkman
 * phase with the findings they rest on. A removed finding or lesson keeps its row without text
 * (who removed it, when).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('finding_themes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('key', 'text')
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired_at', 'timestamptz')
    .addColumn('merged_into', 'uuid', (c) => c.references('finding_themes.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('finding_themes_project_key', ['project_id', 'key'])
    .execute()
  await db.schema
    .createTable('findings')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ${SOURCES}`))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('theme_ids', 'jsonb', (c) => c.notNull())
    .addColumn('quote', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('conversation_id', 'uuid', (c) => c.references('conversations.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('removed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('removed_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('findings_project_date_idx')
    .on('findings')
    .columns(['project_id', 'date'])
    .execute()
  await db.schema
    .createIndex('findings_conversation_idx')
    .on('findings')
    .column('conversation_id')
    .execute()
  await db.schema
    .createTable('finding_lessons')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('phase', 'text', (c) => c.notNull().check(sql`phase in ${PHASES}`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('lesson','recommendation')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('finding_ids', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('removed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('removed_at', 'timestamptz')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finding_lessons').execute()
  await db.schema.dropTable('findings').execute()
  await db.schema.dropTable('finding_themes').execute()
}
