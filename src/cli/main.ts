import { Command } from 'commander'
import { registerMkbaCommand } from './commands/mkba.js'
import { runCli } from './run.js'

const program = new Command()
  .name('effectwijzer')
  .description(
    'Effectwijzer for analysts: databases, demo data, accounts, audit, effect analysis, MKBA and business cases.',
  )
  .showHelpAfterError()

// Each command registers itself from its own file in commands/.
const registrations: ReadonlyArray<(program: Command) => void> = [registerMkbaCommand]
for (const register of registrations) register(program)

await runCli(program, process.argv)
