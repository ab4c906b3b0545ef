import { readConfig } from './config.js'
import { startMessage, startServer } from './start.js'

const config = readConfig(process.env)
const server = await startServer(config)
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
