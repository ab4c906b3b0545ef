import { type Kysely, sql } from 'kysely'

/**
 * Effect analyses run in the app: one row per run (a version of the project's analysis), with
 * the fingerprint of the data it ran on (SHA-256, row count, upload time, uploader), its
 * specification, the engine version, its progress and its results.json. The uploaded data
 * itself is never stored: it lives in the server's memory (and a private temporary file while
 * the worker reads it) for the length of the run only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('effect_analyses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('project_id', 'uuid', (c) => c.notNull().references('projects.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('spec', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued','running','done','failed')`),
    )
    .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('results', 'jsonb')
    .addColumn('error', 'jsonb')
    .addColumn('data_format', 'text', (c) => c.notNull().check(sql`data_format in ('csv','xlsx')`))
    // the file's fingerprint, taken by the worker (off the request thread) as it reads the file
    .addColumn('data_sha256', 'text')
    .addColumn('data_bytes', 'bigint')
    .addColumn('data_rows', 'integer')
    .addColumn('bsn_column', 'text')
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('effect_analyses_version_uq', ['project_id', 'version'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('effect_analyses').execute()
}
