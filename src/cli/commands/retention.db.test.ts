import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../db/index.js'
import { runInProcess } from '../testing/run-in-process.js'

// Each run opens PGlite on disk (a few seconds each on a busy machine).
const TIMEOUT = 240_000

/*
 * `retention run` on an embedded data folder with the demo: the day comes from --now (the
 * command's clock), nothing is destroyed without a privacy officer's approval, and then only
 * in that officer's municipality, with a statement and an audit chain that still verifies.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'ew-cli-retention-'))
const saved = { ...process.env }

beforeAll(() => {
  process.env.EFFECTWIJZER_DATA_DIR = dataDir
  process.env.EFFECTWIJZER_DEMO_PASSWORD = 'a-scripted-demo-password'
  delete process.env.DATABASE_URL
  delete process.env.EFFECTWIJZER_SECRET_KEY
})
afterAll(() => {
  process.env = saved
  rmSync(dataDir, { recursive: true, force: true })
})

async function inDatabase<T>(
  work: (db: ReturnType<typeof createDb>['db']) => Promise<T>,
): Promise<T> {
  const handle = createDb({ dataDir })
  try {
    return await work(handle.db)
  } finally {
    await handle.close()
  }
}

describe('effectwijzer retention run', { timeout: TIMEOUT }, () => {
  let closedFile: string

  it('lists what is due on the --now day and destroys nothing without approval', async () => {
    expect((await runInProcess(['demo', 'load'])).code).toBe(0)
    closedFile = await inDatabase(async (db) => {
      const row = await db
        .selectFrom('participants')
        .innerJoin('municipalities', 'municipalities.id', 'participants.municipality_id')
        .select('participants.id')
        .where('municipalities.name', '=', 'Gemeente Voorbeeldstad')
        .where('participants.team', '=', 'Zuid')
        .orderBy('participants.created_at')
        .offset(4)
        .executeTakeFirstOrThrow()
      await db
        .updateTable('enrolments')
        .set({ end_date: '2026-12-01' })
        .where('participant_id', '=', row.id)
        .execute()
      return row.id
    })
    const listed = await runInProcess(['retention', 'run', '--now', '2031-12-02'])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toMatch(/Gemeente Voorbeeldstad — due on 2031-12-02:\n {2}nothing/)
    const later = await runInProcess(['retention', 'run', '--now', '2037-01-01'])
    expect(later.stdout).toMatch(
      // the file this test closed, and those whose enrolment the demo ended (its follow-ups)
      /Gemeente Voorbeeldstad — due on 2037-01-01:\n {2}participatiewet: (\d+) resident files \(participants \1, enrolments \1, consents \d+/,
    )
    expect(later.stdout).toMatch(/research: \d+ research records/)
    expect(later.stdout).toMatch(/Nothing destroyed: run again with --approved-by/)
    expect(
      await inDatabase(
        async (db) =>
          (await db.selectFrom('participants').select('id').where('id', '=', closedFile).execute())
            .length,
      ),
    ).toBe(1)
  })

  it('refuses an approver who is not a privacy officer, and a --now that is no date', async () => {
    const pilot = await runInProcess([
      'retention',
      'run',
      '--now',
      '2037-01-01',
      '--approved-by',
      'pilotleider@voorbeeldstad.example',
    ])
    expect(pilot.code).toBe(2)
    expect(pilot.stderr).toMatch(/privacy officer/)
    const bad = await runInProcess(['retention', 'run', '--now', '1 januari'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--now must be a date YYYY-MM-DD/)
  })

  it("destroys in the approver's municipality only, records the statement, and the audit chain verifies", async () => {
    const run = await runInProcess([
      'retention',
      'run',
      '--now',
      '2037-01-01',
      '--approved-by',
      'privacy@voorbeeldstad.example',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /destroyed; destruction statement [0-9a-f-]{36} approved by privacy@voorbeeldstad.example/,
    )
    const after = await runInProcess(['retention', 'run', '--now', '2037-01-01', '--dry-run'])
    expect(after.stdout).toMatch(/Gemeente Voorbeeldstad — due on 2037-01-01:\n {2}nothing/)
    expect(after.stdout).toMatch(/Gemeente Proefdorp — due on 2037-01-01:\n {2}research/)
    const statements = await inDatabase((db) =>
      db.selectFrom('destruction_statements').select(['reference_date', 'items']).execute(),
    )
    expect(statements).toHaveLength(1)
    expect(statements[0]?.reference_date).toBe('2037-01-01')
    const verify = await runInProcess(['audit', 'verify'])
    expect(verify.stdout).toMatch(/audit chain valid/)
  })
})
