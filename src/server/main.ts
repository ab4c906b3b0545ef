import { DatabaseUnreachableError, SetupError } from '../db/index.js'
import { readConfig } from './config.js'
import { startMessage, startServer } from './start.js'

const config = readConfig(process.env)
const server = await startServer(config).catch((error: unknown) => {
  // A data folder in use, a wrong key or a database that stays away: a message for the
  // operator that says what to do, not a stack trace.
  if (error instanceof SetupError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(error.exitCode)
  }
  if (!(error instanceof DatabaseUnreachableError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
process.stdout.write(startMessage(server))

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
