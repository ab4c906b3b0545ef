import type { Command } from 'commander'
import {
  dumpDatabase,
  migrateToLatest,
  restoreDatabase,
  verifyStoredAuditChain,
} from '../../db/index.js'
import { secretBoxFromEnv, withDatabase } from './with-database.js'

export function registerDbCommand(program: Command): void {
  const db = program
    .command('db')
    .description(
      'Database: migrate, dump and restore (DATABASE_URL or PGlite in EFFECTWIJZER_DATA_DIR, default ./data)',
    )
  db.command('migrate')
    .description('Apply all pending migrations')
    .action(() =>
      withDatabase(async ({ db: kysely, engine, location }) => {
        const { applied } = await migrateToLatest(kysely, { secretBox: secretBoxFromEnv() })
        console.log(
          `${engine} ${location}: ${applied.length === 0 ? 'already up to date' : `applied ${applied.join(', ')}`}`,
        )
      }),
    )
  db.command('dump')
    .description(
      'Write a logical NDJSON dump of every table (parents before children), readable by its owner only',
    )
    .requiredOption('--out <file>', 'the dump file to write')
    .action((options: { out: string }) =>
      withDatabase(async ({ db: kysely }) => {
        const counts = await dumpDatabase(kysely, options.out)
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
        console.log(
          `dumped ${total} rows from ${Object.keys(counts).length} tables to ${options.out}`,
        )
      }),
    )
  db.command('restore')
    .description('Load a dump into an empty database (migrates first), then verify the audit chain')
    .requiredOption('--in <file>', 'the dump file to read')
    .action((options: { in: string }) =>
      withDatabase(async ({ db: kysely }) => {
        const secretBox = secretBoxFromEnv()
        await migrateToLatest(kysely, { secretBox })
        const counts = await restoreDatabase(kysely, options.in, { secretBox })
        const verdict = await verifyStoredAuditChain(kysely)
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
        console.log(
          `restored ${total} rows; audit chain ${verdict.valid ? 'valid' : 'INVALID'} (${verdict.entries} entries)`,
        )
        if (!verdict.valid) process.exitCode = 1
      }),
    )
}
