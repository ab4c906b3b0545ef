import type { Command } from 'commander'
import {
  auditCheckpointFile,
  readCheckpointFile,
  readStoredAuditChain,
  verifyAgainstCheckpoints,
  verifyAuditChain,
} from '../../db/index.js'
import { checkedSecretBox, dataDirFromEnv, usageError, withDatabase } from './with-database.js'

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('The audit log')
    .command('verify')
    .description(
      'Chain pending entries, verify the hash chain, and check it against the sealed checkpoints (EFFECTWIJZER_AUDIT_CHECKPOINTS, default audit-checkpoints.jsonl in the data folder): exit 1 when any entry was altered, deleted, inserted or reordered, or the tail was cut off',
    )
    .option('--checkpoints <file>', 'the checkpoint file to check against')
    .action(async (options: { checkpoints?: string }) => {
      const file =
        options.checkpoints ??
        auditCheckpointFile(process.env.EFFECTWIJZER_AUDIT_CHECKPOINTS, dataDirFromEnv())
      const text = file === undefined ? undefined : readCheckpointFile(file)
      if (options.checkpoints !== undefined && text === undefined)
        throw usageError(
          `Geen controlepuntenbestand op ${options.checkpoints}.\nNo checkpoint file at ${options.checkpoints}.`,
        )
      await withDatabase(async (handle) => {
        const { entries, head } = await readStoredAuditChain(handle.db)
        const verdict = verifyAuditChain(entries, head)
        if (!verdict.valid) {
          console.log(
            `audit chain INVALID at entry ${verdict.seq}: ${verdict.reason} (${verdict.entries} entries read)`,
          )
          process.exitCode = 1
          return
        }
        if (text === undefined) {
          console.log(
            `audit chain valid: ${verdict.entries} entries (no checkpoint file${file ? ` at ${file}` : ''}: a removed tail or a rewritten chain cannot be detected without one)`,
          )
          return
        }
        // the database's own key: a new key made here would call every checkpoint forged
        const anchored = verifyAgainstCheckpoints(entries, text, await checkedSecretBox(handle))
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
      })
    })
}
