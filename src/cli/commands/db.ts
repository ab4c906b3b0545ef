import type { Command } from 'commander'
import {
  dumpDatabase,
  InvalidAuditChainError,
  migrateToLatest,
  restoreDatabase,
} from '../../db/index.js'
import { secretBoxFromEnv, usageError, withDatabase } from './with-database.js'

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
    .description(
      'Load a dump into an empty database (migrates first); refused and rolled back when its audit chain does not verify',
    )
    .requiredOption('--in <file>', 'the dump file to read')
    .option('--force', 'keep the data even when the audit chain does not verify (exit code 1)')
    .action((options: { in: string; force?: boolean }) =>
      withDatabase(async ({ db: kysely }) => {
        const secretBox = secretBoxFromEnv()
        await migrateToLatest(kysely, { secretBox })
        let outcome: Awaited<ReturnType<typeof restoreDatabase>>
        try {
          outcome = await restoreDatabase(kysely, options.in, {
            secretBox,
            force: options.force === true,
          })
        } catch (error) {
          if (error instanceof InvalidAuditChainError)
            throw usageError(`${error.message}. Restore it anyway with --force.`)
          throw error
        }
        const { counts, auditChain } = outcome
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
        console.log(
          `restored ${total} rows; audit chain ${auditChain.valid ? 'valid' : 'INVALID, kept because of --force'} (${auditChain.entries} entries)`,
        )
        if (!auditChain.valid) process.exitCode = 1
      }),
    )
}
