import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countRows, lastRetentionCheck, testDialects } from '../../db/index.js'
import { createTestApp, type TestApp } from '../testing/test-app.js'
import { checkRetentionIfNewDay } from './retention-schedule.js'

for (const dialect of testDialects()) {
  describe(`the daily retention check on ${dialect.name}`, () => {
    let t: TestApp
    let now = new Date('2026-12-02T10:00:00Z')
    const services = () => ({ db: t.handle.db, now: () => now })

    beforeAll(async () => {
      t = await createTestApp(dialect, { now: () => now })
    })
    afterAll(() => t.close())

    it('runs once per day of the clock, lists what is due, and never destroys', async () => {
      const before = await countRows(t.handle.db)
      expect(await checkRetentionIfNewDay(services())).toBe(true)
      expect(await checkRetentionIfNewDay(services())).toBe(false) // same day
      now = new Date('2032-07-01T10:00:00Z') // the demo project ended 30 June 2027: 5 years on
      expect(await checkRetentionIfNewDay(services())).toBe(true)
      const last = await lastRetentionCheck(t.handle.db, t.demo.voorbeeldstad.municipalityId)
      expect(last).toEqual({
        at: now.toISOString(),
        dueFiles: t.demo.voorbeeldstad.conversationIds.length,
      })
      const after = await countRows(t.handle.db)
      expect({ ...after, retention_checks: 0 }).toEqual({ ...before, retention_checks: 0 })
      expect(after.retention_checks).toBe(2)
    })
  })
}
