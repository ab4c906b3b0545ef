// The pilot's phase per organisation and the per-phase checklist over HTTP (issue 16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import type { PilotPhasesResponse } from '../domain/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

for (const dialect of testDialects()) {
  describe(`the pilot's phases on ${dialect.name}`, () => {
    let t: TestApp
    let phases: string
    let checklist: string
    let manager: Record<string, string>
    let werk: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const { projectId, organisations, users } = t.demo.voorbeeldstad
      phases = `/api/v1/projects/${projectId}/phases`
      checklist = `/api/v1/projects/${projectId}/checklist`
      manager = await t.headersFor(users['pilot-manager'])
      werk = organisations.workAndIncome
    })
    afterAll(async () => {
      await t.close()
    })

    const change = (over: Record<string, unknown> = {}) => ({
      organisationId: werk,
      phase: 'experiment',
      date: '2026-05-01',
      reason: 'Werk & Inkomen schuift aan bij het casusoverleg',
      ...over,
    })

    it("records an organisation's phase change in its own row, not the whole project's", async () => {
      const before = (
        await t.app.inject({ url: phases, headers: manager })
      ).json() as PilotPhasesResponse
      const whole = before.rows[0]?.history.length
      const posted = await t.app.inject({
        method: 'POST',
        url: phases,
        headers: manager,
        payload: change(),
      })
      expect(posted.statusCode).toBe(201)
      const body = posted.json() as PilotPhasesResponse
      expect(body.rows[0]?.organisation).toBeNull()
      expect(body.rows[0]?.history).toHaveLength(whole ?? 0)
      const row = body.rows.find((r) => r.organisation?.id === werk)
      expect(row?.history.at(-1)).toMatchObject({
        phase: 'experiment',
        date: '2026-05-01',
        reason: 'Werk & Inkomen schuift aan bij het casusoverleg',
        changedBy: expect.stringContaining('Pilotleider'),
      })
      // the project page's own history stays the whole project's
      const project = await t.app.inject({ url: phases.replace('/phases', ''), headers: manager })
      expect(project.json().project.phaseHistory).toHaveLength(whole ?? 0)
      const audited = await t.handle.db
        .selectFrom('audit_log')
        .select('allowed')
        .where('action', '=', 'POST /api/v1/projects/:id/phases')
        .execute()
      expect(audited.filter((a) => a.allowed)).toHaveLength(1)
    })

    it('names a date before the project start or the previous change, in Dutch and English', async () => {
      const early = await t.app.inject({
        method: 'POST',
        url: phases,
        headers: manager,
        payload: change({ phase: 'extension-monitoring', date: '2025-06-01' }),
      })
      expect(early.statusCode).toBe(400)
      expect(JSON.stringify(early.json())).toContain('body.date')
      expect(JSON.stringify(early.json())).toContain('vóór de start van het project')
      const backwards = await t.app.inject({
        method: 'POST',
        url: phases,
        headers: { ...manager, 'accept-language': 'en' },
        payload: change({ phase: 'extension-monitoring', date: '2026-04-01' }),
      })
      expect(backwards.statusCode).toBe(400)
      expect(JSON.stringify(backwards.json())).toContain(
        "before this organisation's previous phase change",
      )
    })

    it('refuses a missing or too long reason, the same phase again and an outside organisation', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [change({ reason: '  ' }), 'body.reason'],
        [change({ reason: 'x'.repeat(10_001) }), 'body.reason'],
        [change({ date: '2026-07-01' }), 'body.phase'],
        [
          change({ organisationId: t.demo.proefdorp.organisations.workAndIncome, phase: 'design' }),
          'body.organisationId',
        ],
      ]
      for (const [payload, field] of cases) {
        const r = await t.app.inject({ method: 'POST', url: phases, headers: manager, payload })
        expect(r.statusCode, field).toBe(400)
        expect(JSON.stringify(r.json())).toContain(field)
      }
    })

    it('ticks a checklist item with its date and who, and takes it back', async () => {
      const ticked = await t.app.inject({
        method: 'PUT',
        url: checklist,
        headers: manager,
        payload: { item: 'startfoto', done: true, date: '2026-02-01' },
      })
      expect(ticked.statusCode).toBe(200)
      const item = (ticked.json() as PilotPhasesResponse).checklist.find(
        (i) => i.id === 'startfoto',
      )
      expect(item?.done).toEqual({ date: '2026-02-01', by: expect.stringContaining('Pilotleider') })
      expect(item?.source).toContain('Minkman')
      const back = await t.app.inject({
        method: 'PUT',
        url: checklist,
        headers: manager,
        payload: { item: 'startfoto', done: false },
      })
      const open = (back.json() as PilotPhasesResponse).checklist.find((i) => i.id === 'startfoto')
      expect(open?.done).toBeNull()
      for (const [payload, field] of [
        [{ item: 'no-such-item', done: true, date: '2026-02-01' }, 'body.item'],
        [{ item: 'startfoto', done: true, date: '2020-02-01' }, 'body.date'],
        [{ item: 'startfoto', done: true }, 'date'],
      ] as const) {
        const r = await t.app.inject({ method: 'PUT', url: checklist, headers: manager, payload })
        expect(r.statusCode, field).toBe(400)
        expect(JSON.stringify(r.json())).toContain(field)
      }
    })

    it('lets every role read, only the pilot manager write, and another municipality gets 404', async () => {
      const { users } = t.demo.voorbeeldstad
      for (const role of ['researcher', 'controller', 'professional'] as const) {
        const headers = await t.headersFor(users[role])
        expect((await t.app.inject({ url: phases, headers })).statusCode, role).toBe(200)
        const post = await t.app.inject({ method: 'POST', url: phases, headers, payload: change() })
        expect(post.statusCode, role).toBe(403)
        const put = await t.app.inject({
          method: 'PUT',
          url: checklist,
          headers,
          payload: { item: 'startfoto', done: false },
        })
        expect(put.statusCode, role).toBe(403)
      }
      const other = await t.headersFor(t.demo.proefdorp.users['pilot-manager'])
      expect((await t.app.inject({ url: phases, headers: other })).statusCode).toBe(404)
      const post = await t.app.inject({
        method: 'POST',
        url: phases,
        headers: other,
        payload: change(),
      })
      expect(post.statusCode).toBe(404)
    })
  })
}
