// The pilot design page's API (issue 13, before the pilot): saved per project, assessed on read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type { PilotDesignResponse, Problem } from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const design = {
  outcome: 'proportion',
  nPilot: 150,
  nComparison: 150,
  followUpMonths: 18,
  baselineShare: 0.3,
  smallestDifference: 0.1,
}

for (const dialect of testDialects()) {
  describe(`the pilot design on ${dialect.name}`, () => {
    let t: TestApp
    let url: string
    let manager: Record<string, string>

    beforeAll(async () => {
      t = await createTestApp(dialect)
      url = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/pilot-design`
      manager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
    })
    afterAll(async () => {
      await t.close()
    })

    it('has no design before one is saved, then keeps the saved one with its assessment', async () => {
      const before = (await t.app.inject({ url, headers: manager })).json() as PilotDesignResponse
      expect([before.design, before.assessment, before.savedAt]).toEqual([null, null, null])
      const saved = await t.app.inject({ method: 'PUT', url, headers: manager, payload: design })
      expect(saved.statusCode).toBe(200)
      const researcher = await t.headersFor(t.demo.voorbeeldstad.users.researcher)
      const read = (await t.app.inject({ url, headers: researcher })).json() as PilotDesignResponse
      expect(read.design).toEqual({ ...design, alpha: 0.05, power: 0.8 })
      expect(read.assessment?.needed).toEqual({ nPilot: 356, nComparison: 356 })
      expect(read.assessment?.sentence.nl).toContain('kleiner dan 15,6 procentpunt')
      expect(read.assessment?.curve).toHaveLength(20)
      expect(read.savedAt).not.toBeNull()
      // a second save replaces the first
      await t.app.inject({
        method: 'PUT',
        url,
        headers: manager,
        payload: { ...design, nPilot: 200, nComparison: 200 },
      })
      const again = (await t.app.inject({ url, headers: manager })).json() as PilotDesignResponse
      expect(again.design?.nPilot).toBe(200)
      // each save is in the audit log with the project
      const audited = await t.handle.db
        .selectFrom('audit_log')
        .select('allowed')
        .where('object_id', '=', t.demo.voorbeeldstad.projectId)
        .where('action', '=', 'PUT /api/v1/projects/:id/pilot-design')
        .execute()
      expect(audited.filter((a) => a.allowed)).toHaveLength(2)
    })

    it('refuses a design that cannot be, naming the field in Dutch and English', async () => {
      const response = await t.app.inject({
        method: 'PUT',
        url,
        headers: { ...manager, 'accept-language': 'en' },
        payload: { ...design, baselineShare: 0.95 },
      })
      expect(response.statusCode).toBe(400)
      const problem = response.json() as Problem
      expect(JSON.stringify(problem)).toContain('smallestDifference')
      expect(JSON.stringify(problem)).toContain('must stay below 100%')
    })

    it('lets only the pilot manager save, and answers 404 to another municipality', async () => {
      const researcher = await t.headersFor(t.demo.voorbeeldstad.users.researcher)
      const put = await t.app.inject({ method: 'PUT', url, headers: researcher, payload: design })
      expect(put.statusCode).toBe(403)
      const other = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
      expect((await t.app.inject({ url, headers: other })).statusCode).toBe(404)
      const otherPut = await t.app.inject({ method: 'PUT', url, headers: other, payload: design })
      expect(otherPut.statusCode).toBe(404)
    })
  })
}
