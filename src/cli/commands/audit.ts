import type { Command } from 'commander'
import {
  auditCheckpointFileFromEnv,
  readCheckpointFile,
  readStoredAuditChain,
  verifyAgainstCheckpoints,
  verifyAuditChain,
} from '../../db/index.js'
import { secretBoxFromEnv, withDatabase } from './with-database.js'

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('The audit log')
    .command('verify')
    .description(
      'Chain pending entries, verify the hash chain, and check it against the sealed checkpoints (EFFECTWIJZER_AUDIT_CHECKPOINTS, default audit-checkpoints.jsonl in the data folder): exit 1 when any entry was altered, deleted, inserted or reordered, or the tail was cut off',
    )
    .option('--checkpoints <file>', 'the checkpoint file to check against')
    .action((options: { checkpoints?: string }) =>
      withDatabase(async ({ db }) => {
        const { entries, head } = await readStoredAuditChain(db)
        const verdict = verifyAuditChain(entries, head)
        if (!verdict.valid) {
          console.log(
            `audit chain INVALID at entry ${verdict.seq}: ${verdict.reason} (${verdict.entries} entries read)`,
          )
          process.exitCode = 1
          return
        }
        const file = options.checkpoints ?? auditCheckpointFileFromEnv(process.env)
        const text = file === undefined ? undefined : readCheckpointFile(file)
        if (text === undefined) {
          console.log(
            `audit chain valid: ${verdict.entries} entries (no checkpoint file${file ? ` at ${file}` : ''}: a removed tail or a rewritten chain cannot be detected without one)`,
          )
          return
        }
        const anchored = verifyAgainstCheckpoints(entries, text, secretBoxFromEnv())
        if (anchored.valid) {
          console.log(
            `audit chain valid: ${verdict.entries} entries, agrees with ${anchored.checkpoints} sealed checkpoints in ${file}`,
          )
        } else {
          console.log(
            `audit chain INVALID: checkpoint ${anchored.line} of ${file} ${anchored.reason}`,
          )
          process.exitCode = 1
        }
      }),
    )
}
