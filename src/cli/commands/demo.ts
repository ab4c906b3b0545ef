import type { Command } from 'commander'
import {
  ensureSecretKeyMatches,
  formatDemoAccounts,
  isEmpty,
  loadDemo,
  migrateToLatest,
  underStartupLock,
  writeDemoAccounts,
} from '../../db/index.js'
import { passwordSchema } from '../../domain/index.js'
import { dataDirFromEnv, secretBoxFromEnv, usageError, withDatabase } from './with-database.js'

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Demo data')
    .command('load')
    .description(
      'Load the fictional demo (Gemeente Voorbeeldstad and Gemeente Proefdorp) into an empty database; its accounts go to demo-accounts.txt in the data folder',
    )
    .action(() =>
      withDatabase(async (handle) => {
        const secretBox = secretBoxFromEnv()
        const demo = await underStartupLock(handle, async (db) => {
          await migrateToLatest(db, { secretBox })
          await ensureSecretKeyMatches(db, secretBox)
          if (!(await isEmpty(db)))
            throw usageError('the database already holds data; the demo loads into an empty one')
          return loadDemo(db, { secretBox, password: demoPasswordFromEnv() })
        })
        console.log('demo loaded; the accounts (e-mail, role, password, TOTP secret):')
        for (const line of formatDemoAccounts(demo.accounts)) console.log(`  ${line}`)
        const file = writeDemoAccounts(dataDirFromEnv(), demo.accounts)
        if (file) console.log(`also written to ${file} (mode 0600)`)
      }),
    )
}

/** EFFECTWIJZER_DEMO_PASSWORD: one password for every account, as the server takes it. */
function demoPasswordFromEnv(): string | undefined {
  const password = process.env.EFFECTWIJZER_DEMO_PASSWORD || undefined
  if (password !== undefined && !passwordSchema.safeParse(password).success)
    throw usageError('EFFECTWIJZER_DEMO_PASSWORD needs at least 12 characters')
  return password
}
