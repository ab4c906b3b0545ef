import { SetupError } from '../db/index.js'
import { readConfig } from './config.js'
import { startMessage, startServer } from './start.js'

const config = readConfig(process.env)
const server = await startServer(config).catch((error: unknown) => {
  // A data folder in use or a wrong key: the message says what to do, a stack trace would not.
  if (!(error instanceof SetupError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(error.exitCode)
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
