import { describe, expect, it } from 'vitest'
import {
  createAnalysis,
  findAnalysis,
  loadDemo,
  newSecretKey,
  SecretBox,
  testDialects,
} from '../db/index.js'
import { DEMO_STUDY_SPEC } from '../demo/index.js'
import { INTERRUPTED_ANALYSIS } from './routes/analysis-routes.js'
import { startServer } from './start.js'
import { testConfig } from './testing/test-app.js'

const quiet = { write: () => true } as unknown as NodeJS.WritableStream

describe('a run the previous process left unfinished', { timeout: 120_000 }, () => {
  const start = async (engine: 'pglite' | 'postgres') => {
    const pglite = testDialects().find((dialect) => dialect.name === 'pglite')
    if (!pglite) throw new Error('the pglite test dialect is always there')
    const handle = { ...(await pglite.create()), engine }
    const demo = await loadDemo(handle.db, {
      secretBox: new SecretBox(newSecretKey()),
      password: 'x'.repeat(12),
    })
    const { id } = await createAnalysis(handle.db, {
      projectId: demo.voorbeeldstad.projectId,
      name: 'onderbroken',
      spec: DEMO_STUDY_SPEC,
      format: 'csv',
      bsnColumn: null,
      uploadedAt: new Date(),
      uploadedBy: null,
      engineVersion: 'test',
    })
    const server = await startServer(
      testConfig({ dataDir: 'memory://', port: 0, logLevel: 'warn' }),
      {
        logStream: quiet,
        handle,
      },
    )
    try {
      return await findAnalysis(handle.db, demo.voorbeeldstad.municipalityId, id)
    } finally {
      await server.close()
    }
  }

  it('is failed on the embedded database, saying to upload again (its data was in memory only)', async () => {
    const analysis = await start('pglite')
    expect(analysis?.status).toBe('failed')
    expect(analysis?.error).toEqual(INTERRUPTED_ANALYSIS)
  })

  it('is left alone on a PostgreSQL server, where another instance may still be running it', async () => {
    expect((await start('postgres'))?.status).toBe('queued')
  })
})
