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
import { registerUsersCommand } from './commands/users.js'
import { runCli } from './run.js'

const program = new Command()
  .name('effectwijzer')
  .description(
    'Effectwijzer for analysts: databases, demo data, accounts, audit, effect analysis, MKBA and business cases.',
  )
  .showHelpAfterError()

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
]
for (const register of registrations) register(program)

await runCli(program, process.argv)
