import type { Command } from 'commander'
import { verifyStoredAuditChain } from '../../db/index.js'
import { withDatabase } from './with-database.js'

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('The audit log')
    .command('verify')
    .description(
      'Verify the hash chain: exit 1 when any entry was altered, deleted, inserted or reordered',
    )
    .action(() =>
      withDatabase(async ({ db }) => {
        const verdict = await verifyStoredAuditChain(db)
        if (verdict.valid) {
          console.log(`audit chain valid: ${verdict.entries} entries`)
        } else {
          console.log(
            `audit chain INVALID at entry ${verdict.seq}: ${verdict.reason} (${verdict.entries} entries read)`,
          )
          process.exitCode = 1
        }
      }),
    )
}
