import type { Command } from 'commander'
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  isEmpty,
  loadDemo,
  migrateToLatest,
} from '../../db/index.js'
import { usageError, withDatabase } from './with-database.js'

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Demo data')
    .command('load')
    .description(
      'Load the fictional demo (Gemeente Voorbeeldstad and Gemeente Proefdorp) into an empty database',
    )
    .action(() =>
      withDatabase(async ({ db }) => {
        await migrateToLatest(db)
        if (!(await isEmpty(db)))
          throw usageError('the database already holds data; the demo loads into an empty one')
        const demo = await loadDemo(db)
        console.log(`demo loaded; password for every account: ${DEMO_PASSWORD}`)
        for (const login of demo.logins) console.log(`  ${login.email.padEnd(42)} ${login.role}`)
        console.log(`administrators' TOTP secret: ${DEMO_TOTP_SECRET}`)
      }),
    )
}
