import { Command } from 'commander'
import { registerAnalyseCommand } from './commands/analyse.js'
import { registerAuditCommand } from './commands/audit.js'
import { registerBusinessCaseCommand } from './commands/business-case.js'
import { registerCohortCommand } from './commands/cohort.js'
import { registerDbCommand } from './commands/db.js'
import { registerDemoCommand } from './commands/demo.js'
import { registerMkbaCommand } from './commands/mkba.js'
import { registerPowerCommand } from './commands/power.js'
import { registerPriceListCommand } from './commands/price-list.js'
import { registerRetentionCommand } from './commands/retention.js'
import { registerUsersCommand } from './commands/users.js'

/**
 * The `effectwijzer` program with every command. `configure` runs before the commands are
 * registered, so that settings commander copies into subcommands (exitOverride, configureOutput)
 * reach them too: the tests use it to run the CLI in their own process.
 */
export function buildProgram(configure?: (program: Command) => void): Command {
  const program = new Command()
    .name('effectwijzer')
    .description(
      'Effectwijzer for analysts: databases, demo data, accounts, audit, effect analysis, MKBA and business cases.',
    )
    .showHelpAfterError()
  configure?.(program)

  // Each command registers itself from its own file in commands/.
  const registrations: ReadonlyArray<(program: Command) => void> = [
    registerMkbaCommand,
    registerBusinessCaseCommand,
    registerPowerCommand,
    registerPriceListCommand,
    registerAnalyseCommand,
    registerCohortCommand,
    registerDbCommand,
    registerDemoCommand,
    registerUsersCommand,
    registerAuditCommand,
    registerRetentionCommand,
  ]
  for (const register of registrations) register(program)
  return program
}
